import { describe, expect, it } from 'vitest';
import { BatchSimulation } from '../../../src/modes/batch/simulation.ts';
import { BatchRunLog } from '../../../src/modes/batch/run-log.ts';
import { runsOf } from './batch-helpers.ts';

describe('batch run log', () => {
  it('keeps the newest 1024 runs, oldest first, and 200 by default', () => {
    const sim = new BatchSimulation(runsOf(0.5, { intervalS: 1, durationS: 1500 }));
    sim.run();
    const all = sim.runLog(5000);
    expect(all).toHaveLength(1024);
    expect(all.map((r) => r.runId)).toEqual(
      Array.from({ length: 1024 }, (_, k) => 1500 - 1024 + k),
    );
    expect(sim.runLog()).toEqual(all.slice(-200));
    expect(sim.runLog(0)).toEqual([]);
    expect(all.every((r) => r.outcome === 'succeeded' && r.endMs! - r.startMs! === 500)).toBe(true);
  });

  it('shows each run as it goes: running with no end, then its outcome; copies, not the log itself', () => {
    const sim = new BatchSimulation(runsOf(40));
    sim.advance(620_000);
    const last = sim.runLog(1)[0];
    expect(last).toEqual({
      runId: 10,
      scheduledMs: 600_000,
      startMs: 600_000,
      endMs: null,
      outcome: 'running',
      attempts: 1,
      rows: 40_000,
    });
    last.outcome = 'failed';
    sim.advance(650_000);
    expect(sim.runLog(1)[0]).toMatchObject({ runId: 10, endMs: 640_000, outcome: 'succeeded' });
  });

  it('skip policy: every other tick of 90 s runs every 60 s appears as skipped, never started', () => {
    const sim = new BatchSimulation(runsOf(90, { overlapPolicy: 'skip' }));
    const r = sim.run();
    const runs = sim.runLog(60);
    expect(runs).toHaveLength(60);
    const skipped = runs.filter((run) => run.outcome === 'skipped');
    expect(skipped).toHaveLength(r.batch.runsSkipped);
    expect(skipped.map((run) => run.runId % 2)).toEqual(skipped.map(() => 1));
    for (const run of skipped) {
      expect(run).toMatchObject({ startMs: null, endMs: run.scheduledMs, attempts: 0 });
    }
    expect(runs.filter((run) => run.outcome === 'succeeded')).toHaveLength(r.batch.runsCompleted);
  });

  it('allow policy: runs overlap, each starting on its tick before the previous one ends', () => {
    // 90 s of work every 60 s on one worker: each run still shares the cluster at the next tick.
    const sim = new BatchSimulation(runsOf(90, { overlapPolicy: 'allow' }));
    sim.run();
    const runs = sim.runLog(60);
    expect(runs.every((run) => run.startMs === run.scheduledMs)).toBe(true);
    let overlapping = 0;
    for (let k = 1; k < runs.length; k++) if (runs[k].startMs! < runs[k - 1].endMs!) overlapping++;
    expect(overlapping).toBe(runs.length - 1);
  });

  it('queue policy: a queued run waits in the log, then starts after its tick', () => {
    const sim = new BatchSimulation(runsOf(90, { overlapPolicy: 'queue' }));
    sim.advance(130_000);
    expect(sim.runLog(3)).toEqual([
      {
        runId: 0,
        scheduledMs: 0,
        startMs: 0,
        endMs: 90_000,
        outcome: 'succeeded',
        attempts: 1,
        rows: 90_000,
      },
      {
        runId: 1,
        scheduledMs: 60_000,
        startMs: 90_000,
        endMs: null,
        outcome: 'running',
        attempts: 1,
        rows: 90_000,
      },
      {
        runId: 2,
        scheduledMs: 120_000,
        startMs: null,
        endMs: null,
        outcome: 'queued',
        attempts: 0,
        rows: 0,
      },
    ]);
  });

  it('a run that fails every attempt ends failed after 1 + retries attempts', () => {
    const sim = new BatchSimulation(runsOf(1, { failureProb: 1, retries: 2, retryDelayS: 5 }));
    sim.run();
    expect(sim.runLog(1)[0]).toMatchObject({ outcome: 'failed', attempts: 3, startMs: 3_540_000 });
    // Three 1 s attempts with two 5 s waits between them.
    expect(sim.runLog(1)[0].endMs).toBeCloseTo(3_540_000 + 13_000, 6);
  });

  it('forgets a queued run that fell out of the ring when it finally starts', () => {
    const log = new BatchRunLog(4);
    for (let id = 0; id < 6; id++) log.scheduled(id, id * 10, id === 0 ? 'running' : 'queued');
    log.started(1, 100); // run 1's slot now holds run 5
    log.ended(0, 'succeeded', 90, 1);
    expect(log.recent(10).map((r) => [r.runId, r.outcome])).toEqual([
      [2, 'queued'],
      [3, 'queued'],
      [4, 'queued'],
      [5, 'queued'],
    ]);
  });
});
