import type { DeploymentMode } from '../modes/mode-names.ts';

/**
 * The decision rule of the course (issue 15), in the order the facts decide:
 * 1. Is the input known before the prediction is needed (a nightly customer table: yes; a message
 *    being typed: no)? And may a prediction be as old as a scheduled job's window? Then batch:
 *    score everything ahead of time and look the answer up.
 * 2. Otherwise, does the caller block waiting for the answer (a card authorisation, a chat
 *    reply)? Then online: only a service answering each request can unblock it.
 * 3. Otherwise the age a prediction may have decides: under a second only a request-time service
 *    is dependable (online); from seconds on, a stream processor scoring events as they arrive
 *    (streaming) serves it without anyone waiting.
 * The same facts decide which modes can serve a case at all (modes/headline.ts), so the rule, the
 * simulator's "not applicable" and the quizzes' keys agree.
 */

/** A case in the assistant's four answers (all four live in the URL of `#/decide`). */
export interface DecisionCase {
  /** The input exists before the prediction is needed. */
  known: boolean;
  /** The longest acceptable time from the event that creates an input to its prediction, s. */
  maxAgeS: number;
  /** The one who creates the event waits, blocked, for the answer. */
  blocking: boolean;
  /** Events (inputs to score) per second. */
  eventsPerS: number;
}

/**
 * The shortest window a scheduled job serves dependably: an hourly schedule (Airflow's `@hourly`,
 * cron's `0 * * * *`) whose run takes minutes to start a cluster, load the model and publish. A
 * prediction may then be up to about an hour old; a case that needs fresher ones is not batch's.
 */
export const BATCH_SHORTEST_WINDOW_S = 3600;

/**
 * The shortest age a stream processor meets dependably: a micro-batch engine (Spark Structured
 * Streaming) adds its trigger interval and a per-batch overhead of the order of 100 ms to seconds;
 * an event-at-a-time engine (Flink, Kafka Streams) reaches tens of milliseconds, but through a
 * broker, a consumer group and a write to a store, so its p99 is not a request's. Under a second,
 * a service answering the request (online) is the dependable way.
 */
export const STREAMING_SHORTEST_AGE_S = 1;

/** One step of the reasoning: which question was asked and what the case's answer decided. */
export type DecisionStep =
  | { question: 'known'; known: boolean; windowFits: boolean }
  | { question: 'blocking'; blocking: boolean }
  | { question: 'age'; maxAgeS: number; belowStreaming: boolean };

export interface Decision {
  mode: DeploymentMode;
  /** The questions in the order they were asked, up to the one that decided. */
  steps: DecisionStep[];
  /**
   * Another mode that would also serve the case, and why it is not the first choice: a case with
   * predictions allowed to be hours old and no one waiting could also be a scheduled job over
   * the events collected so far.
   */
  alsoServes: DeploymentMode | null;
}

export function decide(c: DecisionCase): Decision {
  const windowFits = c.maxAgeS >= BATCH_SHORTEST_WINDOW_S;
  const steps: DecisionStep[] = [{ question: 'known', known: c.known, windowFits }];
  if (c.known && windowFits) return { mode: 'batch', steps, alsoServes: null };
  steps.push({ question: 'blocking', blocking: c.blocking });
  if (c.blocking) return { mode: 'online', steps, alsoServes: null };
  const belowStreaming = c.maxAgeS < STREAMING_SHORTEST_AGE_S;
  steps.push({ question: 'age', maxAgeS: c.maxAgeS, belowStreaming });
  if (belowStreaming) return { mode: 'online', steps, alsoServes: null };
  return { mode: 'streaming', steps, alsoServes: windowFits ? 'batch' : null };
}
