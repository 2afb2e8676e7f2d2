import type { DeploymentMode } from './mode-names.ts';
import type { Bilingual } from './params/table.ts';

/**
 * The one metrics contract every mode's report carries, so that compare and every chart compare
 * like with like (DESIGN.md, "Modes"; TEACHING.md, "Honest numbers"):
 * - the time from the event that creates an input to the moment its prediction can be used, for
 *   every mode (for batch: waiting for the next run, the run, and publishing);
 * - the time to read a stored prediction, apart, where there is one to read;
 * - the cost of 1000 predictions, idle capacity included;
 * - whether the mode can serve the case at all, and if so whether it meets the case's target.
 */
export interface Quantiles {
  p50: number;
  p99: number;
}

export interface Headline {
  applicable: boolean;
  /** Why the mode cannot serve the case, in both languages; null when it can. */
  notApplicableReason: Bilingual | null;
  /** Event to usable prediction, ms; null when no prediction was made in the run. */
  eventToPredictionMs: Quantiles | null;
  /** Reading a stored prediction, ms; null for a mode that stores none. */
  lookupMs: Quantiles | null;
  /** Cost of the machines over the run (idle time included) per 1000 predictions made. */
  costPer1000Predictions: number | null;
  /** Busy machine time over paid machine time, in (0, 1]; 0 when nothing ran. */
  utilization: number;
  /**
   * Machines paid, the ones `utilization` is measured over: replicas (mean), job workers, or the
   * consumers of the group (idle ones included).
   */
  workers: number;
  /** Predictions made in the measured run. */
  predictions: number;
  /** The case's target (p99 event to prediction), ms; null when the case has none. */
  targetMs: number | null;
  /** Events of the window that will never get a usable prediction (OverAllEvents.unserved). */
  unservedEvents: number;
  /**
   * The fleet keeps up with the load it is offered: false when work arrives faster than the
   * machines can do it, so a queue (requests, lag, backlog) grows without bound.
   */
  sustainable: boolean;
  /**
   * 99 in 100 of the window's events got a usable prediction within the target (those with none
   * count as missing it) and the fleet keeps up (a growing queue misses any target in the end,
   * however short the run that shows it); false when not applicable; null without a target, or
   * while no event has been decided yet (a live run at its start).
   */
  meetsTarget: boolean | null;
}

/**
 * Every event of a mode's measured window, those with no usable prediction included: the
 * contract's "99 in 100 events" is judged on these, not on the predictions made.
 */
export interface OverAllEvents {
  /**
   * Events that will never get a usable prediction: refused, timed out, answered with an error,
   * read by a batch run that failed. Those still waiting when the window ends are undecided and
   * left out (in a stable system they are a few; an unstable one is judged by `sustainable`).
   */
  unserved: number;
  /** p99 event to prediction, the unserved counting as never: Infinity (null in JSON) past 1 in 100. */
  p99Ms: number;
}

/** The case as the three modes see it (common-params.ts). */
export interface CaseFacts {
  targetS: number | null;
  inputKnown: boolean;
  callerWaits: boolean;
}

/**
 * Whether a mode can serve the case at all (issue: the decision rule starts from whether the input
 * is known in advance, then how old a prediction may be, then whether the caller blocks):
 * - batch scores inputs that exist before the run; an input created by the request itself, with
 *   someone waiting for its answer, cannot be scored in advance;
 * - a stream processor writes its predictions to another topic or store: it has no connection
 *   back to a caller who is blocked waiting for the answer;
 * - an online service can score any input when asked.
 */
export function notApplicableReason(mode: DeploymentMode, facts: CaseFacts): Bilingual | null {
  if (mode === 'batch' && !facts.inputKnown && facts.callerWaits)
    return {
      en: 'batch scores inputs that exist before its run; this input is created by the request itself, and someone is waiting for the answer',
      es: 'batch puntúa entradas que existen antes de su ejecución; esta entrada la crea la propia petición, y alguien espera la respuesta',
    };
  if (mode === 'streaming' && facts.callerWaits)
    return {
      en: 'a stream processor writes its predictions to another topic or store; it has no connection back to a caller who is blocked waiting for the answer',
      es: 'un procesador de flujos escribe sus predicciones en otro tema o almacén; no tiene conexión de vuelta con quien espera bloqueado la respuesta',
    };
  return null;
}

/** Everything a mode measured, in the contract's terms; `headline` judges it against the case. */
export interface HeadlineFacts {
  eventToPredictionMs: Quantiles | null;
  lookupMs: Quantiles | null;
  /** Machine-hours paid over the measured run, and their price each. */
  machineHours: number;
  pricePerHour: number;
  predictions: number;
  overAll: OverAllEvents;
  /** Offered work within the fleet's capacity (the mode's theory says how). */
  sustainable: boolean;
  utilization: number;
  workers: number;
}

export function headline(
  mode: DeploymentMode,
  facts: CaseFacts,
  measured: HeadlineFacts,
): Headline {
  const reason = notApplicableReason(mode, facts);
  const targetMs = facts.targetS === null ? null : facts.targetS * 1000;
  const e2p = measured.eventToPredictionMs;
  // Before any event is decided (a live run at its start) there is nothing to judge yet.
  const undecided = measured.predictions === 0 && measured.overAll.unserved === 0;
  const meets =
    targetMs === null || (undecided && reason === null && measured.sustainable)
      ? null
      : reason === null && measured.sustainable && measured.overAll.p99Ms <= targetMs;
  // A mode that cannot serve the case has no time or cost for it: its run is not the case's.
  const serves = reason === null;
  return {
    applicable: serves,
    notApplicableReason: reason,
    eventToPredictionMs: serves ? e2p : null,
    lookupMs: serves ? measured.lookupMs : null,
    costPer1000Predictions:
      serves && measured.predictions > 0
        ? ((measured.machineHours * measured.pricePerHour) / measured.predictions) * 1000
        : null,
    utilization: measured.utilization,
    workers: measured.workers,
    predictions: measured.predictions,
    unservedEvents: measured.overAll.unserved,
    sustainable: measured.sustainable,
    targetMs,
    meetsTarget: meets,
  };
}

/** The case's facts out of a mode's values (every mode's table has the case entries). */
export function caseFacts(values: Readonly<Record<string, unknown>>): CaseFacts {
  return {
    targetS: (values.targetS as number | null) ?? null,
    inputKnown: values.inputKnown === true,
    callerWaits: values.callerWaits === true,
  };
}
