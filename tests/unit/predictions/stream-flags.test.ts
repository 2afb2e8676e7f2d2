import { beforeEach, describe, expect, it } from 'vitest';
import { InferenceFailure } from '../../../src/lab/inference-client.ts';
import {
  FLAGGED_KEPT,
  STREAM_SAMPLE_MAX,
  StreamFlags,
} from '../../../src/lab/predictions/stream-flags.ts';
import { FRAUD_ALERT_THRESHOLD } from '../../../src/lab/predictions/alert-threshold.ts';
import { FakeScoring, settle, until } from './fakes.ts';

let scoring: FakeScoring;
beforeEach(() => {
  scoring = new FakeScoring();
});

const flags = (options: { threshold?: number; sampleMax?: number } = {}) =>
  new StreamFlags({ preset: 'fraud-detection', seed: 15, scoring, ...options });

describe('StreamFlags', () => {
  it('scores the fraud stream’s processed records with the streaming model', async () => {
    const f = flags();
    expect(f.model).toBe('fraud-detection-small');
    expect(f.state.value.threshold).toBe(FRAUD_ALERT_THRESHOLD);
    f.update(0);
    await settle();
    expect(scoring.calls).toHaveLength(0);
    f.update(120);
    await until(() => f.state.value.scored === 120);
    f.update(300);
    await until(() => f.state.value.scored === 300);
    expect(scoring.calls.map((c) => c.selection)).toEqual([
      { from: 0, count: 120 },
      { from: 120, count: 180 },
    ]);
    expect(f.state.value).toMatchObject({ processed: 300, sampled: false, phase: 'ready' });
  });

  it('flags exactly the records at or above the threshold, newest first, keeping the latest few', async () => {
    const f = flags({ threshold: 0.5 });
    f.update(400);
    await until(() => f.state.value.scored === 400);
    const result = await new FakeScoring().scoreItems('m', 'fraud-detection', 15, {
      from: 0,
      count: 400,
    });
    const expected = result.items.filter((i) => i.score >= 0.5);
    expect(expected.length).toBeGreaterThan(FLAGGED_KEPT); // the fake flags often
    expect(f.state.value.flagged).toBe(expected.length);
    expect(f.state.value.latest.map((r) => r.index)).toEqual(
      expected
        .map((i) => i.index)
        .reverse()
        .slice(0, FLAGGED_KEPT),
    );
    expect(f.state.value.latest[0].features).toHaveProperty('amountEur');
  });

  it('samples the newest records when the stream outruns scoring, and says so', async () => {
    const f = flags({ sampleMax: 100 });
    scoring.hold();
    f.update(50);
    await settle();
    f.update(5_000);
    f.update(90_000);
    await settle();
    expect(scoring.calls).toHaveLength(1);
    scoring.release();
    await until(() => f.state.value.scored === 150);
    expect(scoring.calls.map((c) => c.selection)).toEqual([
      { from: 0, count: 50 },
      { from: 89_900, count: 100 },
    ]);
    expect(f.state.value).toMatchObject({ processed: 90_000, scored: 150, sampled: true });
  });

  it('caps every call at the sample size', async () => {
    const f = flags();
    f.update(1_000_000);
    await until(() => f.state.value.scored === STREAM_SAMPLE_MAX);
    expect(scoring.calls[0].selection).toEqual({
      from: 1_000_000 - STREAM_SAMPLE_MAX,
      count: STREAM_SAMPLE_MAX,
    });
  });

  it('counts afresh from a new threshold, and from a restarted stream', async () => {
    const f = flags({ threshold: 0.5 });
    f.update(200);
    await until(() => f.state.value.scored === 200);
    f.setThreshold(0.9);
    expect(f.state.value).toMatchObject({ threshold: 0.9, scored: 0, flagged: 0, latest: [] });
    f.update(260);
    await until(() => f.state.value.scored === 60);
    expect(f.state.value).toMatchObject({ processed: 60, sampled: false });
    f.update(10); // the lab was reset: record numbers begin again
    await until(() => f.state.value.scored === 10);
    expect(f.state.value.processed).toBe(10);
    expect(scoring.calls.at(-1)?.selection).toEqual({ from: 0, count: 10 });
    expect(() => flags({ threshold: 1 })).toThrow(RangeError);
  });

  it('reports a failure and carries on from the next records on retry', async () => {
    const f = flags();
    scoring.failWith = new InferenceFailure({ kind: 'no-backend', message: 'none' });
    f.update(10);
    await until(() => f.state.value.phase === 'failed');
    expect(f.state.value.failure).toMatchObject({ source: 'inference', kind: 'no-backend' });
    scoring.failWith = null;
    f.update(30);
    await settle();
    expect(scoring.calls).toHaveLength(1);
    f.retry();
    await until(() => f.state.value.scored === 20);
    expect(f.state.value.sampled).toBe(true); // records 0-9 were never scored
  });

  it('stops when disposed', async () => {
    const f = flags();
    scoring.hold();
    f.update(10);
    await settle();
    f.dispose();
    scoring.release();
    await settle();
    f.update(20);
    await settle();
    expect(f.state.value.scored).toBe(0);
    expect(scoring.calls).toHaveLength(1);
  });
});
