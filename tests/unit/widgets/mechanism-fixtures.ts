/**
 * Views for the mechanism strips' tests: real snapshots of each mode's default lab run (so every
 * field has the engine's type and a plausible value), which a test then overrides with the
 * replicas, runs or partitions it is about.
 */
import { LabRunner } from '../../../src/worker/lab-runner.ts';
import { defaultRunState } from '../../../src/modes/run-state.ts';
import type { LabSnapshot } from '../../../src/worker/lab-protocol.ts';
import type { OnlineView } from '../../../src/modes/online/live.ts';
import type { BatchView } from '../../../src/modes/batch/live.ts';
import type { StreamingView } from '../../../src/modes/streaming/live.ts';
import type { BatchRunRecord } from '../../../src/modes/batch/run-log.ts';
import type { RecentEvent } from '../../../src/sim/stats/recent-events.ts';
import { FLOW_KIND } from '../../../src/ui/charts/request-flow.ts';

/** A clock that moves 0.001 ms per read: ticks never run out of budget. */
function generousClock(): () => number {
  let t = 0;
  return () => (t += 0.001);
}

/** A snapshot of `mode`'s default run after `simulatedMs` of play. */
export function playedSnapshot(
  mode: 'online' | 'batch' | 'streaming',
  simulatedMs: number,
): LabSnapshot {
  const runner = new LabRunner(defaultRunState(mode));
  runner.command({ type: 'speed', speed: 1000 });
  runner.command({ type: 'play' });
  let left = simulatedMs;
  while (left > 0) {
    const step = Math.min(left, 100_000);
    runner.tick(step / 1000, 1_000, generousClock());
    left -= step;
  }
  return runner.snapshot();
}

export function onlineView(overrides: Partial<OnlineView> = {}): OnlineView {
  const snapshot = playedSnapshot('online', 5_000);
  if (snapshot.mode !== 'online') throw new Error('expected an online snapshot');
  return { ...snapshot.online, ...overrides };
}

export function batchView(overrides: Partial<BatchView> = {}): BatchView {
  const snapshot = playedSnapshot('batch', 0);
  if (snapshot.mode !== 'batch') throw new Error('expected a batch snapshot');
  return { ...snapshot.batch, ...overrides };
}

export function streamingView(overrides: Partial<StreamingView> = {}): StreamingView {
  const snapshot = playedSnapshot('streaming', 0);
  if (snapshot.mode !== 'streaming') throw new Error('expected a streaming snapshot');
  return { ...snapshot.streaming, ...overrides };
}

export function replica(
  slot: number,
  state: OnlineView['replicas'][number]['state'],
  uid = slot,
  version = 0,
): OnlineView['replicas'][number] {
  return { slot, uid, version, state };
}

export function event(
  kind: keyof typeof FLOW_KIND,
  id: number,
  where = -1,
  timeMs = 0,
): RecentEvent {
  return { timeMs, kind: FLOW_KIND[kind], id, where };
}

export function run(
  runId: number,
  scheduledMs: number,
  outcome: BatchRunRecord['outcome'],
  fields: Partial<BatchRunRecord> = {},
): BatchRunRecord {
  const started = outcome !== 'queued' && outcome !== 'skipped';
  return {
    runId,
    scheduledMs,
    startMs: started ? scheduledMs : null,
    endMs: outcome === 'running' || outcome === 'queued' ? null : scheduledMs,
    outcome,
    attempts: started ? 1 : 0,
    rows: started ? 1000 : 0,
    ...fields,
  };
}
