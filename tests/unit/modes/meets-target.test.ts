import { describe, expect, it } from 'vitest';
import type { Headline } from '../../../src/modes/headline.ts';
import type { CompareReport } from '../../../src/modes/compare/simulation.ts';
import { LogHistogram, quantileOverAll } from '../../../src/sim/stats/histogram.ts';
import { cli } from './cli-helpers.ts';

/** The headline of `npm run simulate -- ARGS --json`. */
function headlineOf(args: string[]): Headline {
  const { status, out } = cli([...args, '--json']);
  expect(status).toBe(0);
  return (JSON.parse(out) as { headline: Headline }).headline;
}

describe('"meets the target" is judged on every event, not only on the predictions made', () => {
  it('counts events that never got a prediction as missing the target', () => {
    const online = ['--mode', 'online', '--target-s', '60'];
    // One server, no queue: most requests are refused at once. The answered ones are fast.
    const refused = headlineOf([...online, '--servers', '1', '--queue-capacity', '0']);
    expect(refused.unservedEvents).toBeGreaterThan(
      0.5 * (refused.predictions + refused.unservedEvents),
    );
    expect(refused.eventToPredictionMs?.p99 ?? Infinity).toBeLessThan(60_000);
    expect(refused.meetsTarget).toBe(false);
    // Half the answers are errors: an error is no prediction.
    const errors = headlineOf([...online, '--error-rate', '0.5']);
    expect(errors.meetsTarget).toBe(false);
    // A few timeouts (well under 1 in 100) still leave 99 in 100 events served in time.
    const timeouts = headlineOf([...online, '--queue-timeout-ms', '50']);
    expect(timeouts.unservedEvents).toBeGreaterThan(0);
    expect(timeouts.unservedEvents).toBeLessThan(0.01 * timeouts.predictions);
    expect(timeouts.meetsTarget).toBe(true);
  });

  it('never passes a fleet whose queue grows without bound, however short the run', () => {
    // 1000 requests/s of 2 ms each need two servers' worth of work; one server falls behind, but
    // within a 60 s run even its slowest answer is under the 60 s target.
    const overloaded = headlineOf([
      '--mode',
      'online',
      '--arrival-rate',
      '1000',
      '--service',
      'deterministic:2',
      '--servers',
      '1',
      '--target-s',
      '60',
      '--duration',
      '60',
    ]);
    expect(overloaded.sustainable).toBe(false);
    expect(overloaded.meetsTarget).toBe(false);
  });

  it('judges keeping up on what limits each mode: a stream trigger, the model version serving', () => {
    // One consumer takes at most 500 records per 1 s trigger: 500/s against 2000/s arriving,
    // however fast the model (0.1 ms a record).
    const trigger = headlineOf([
      ...['--mode', 'streaming', '--arrival-rate', '2000', '--partitions', '1', '--consumers', '1'],
      ...['--max-batch', '500', '--trigger-ms', '1000', '--service', 'deterministic:0.1'],
      ...['--target-s', '60', '--duration', '60'],
    ]);
    expect([trigger.sustainable, trigger.meetsTarget]).toEqual([false, false]);
    // Four replicas at 320/s: 10 ms a request keeps up (0.8), the new 20 ms version cannot (1.6).
    const swap = (newService: string) =>
      headlineOf([
        ...['--mode', 'online', '--arrival-rate', '320', '--servers', '4'],
        ...['--service', 'exponential:10', '--rollout', 'blue-green', '--rollout-at', '10'],
        ...['--new-service', newService, '--target-s', '60', '--duration', '120'],
      ]);
    expect(swap('exponential:20').sustainable).toBe(false);
    expect(swap('exponential:5').sustainable).toBe(true);
  });

  it("batch: a run that fails leaves its interval's events without a prediction; no later run gets them free", () => {
    const { status, out } = cli([
      ...['--mode', 'batch', '--rows', '1000', '--interval', '60', '--service', 'deterministic:10'],
      ...['--duration', '600', '--failure-prob', '0.3', '--seed', '1', '--target-s', '600'],
      '--json',
    ]);
    expect(status).toBe(0);
    const r = JSON.parse(out) as {
      batch: { runsFailed: number };
      rowsPublished: number;
      overAll: { unserved: number };
      eventToPredictionMs: { mean: number };
      headline: Headline;
    };
    // 10 runs of 1000 events each, every run owning its interval (an Airflow data interval):
    // each failed run's 1000 events never get a prediction, each published one's all do, and
    // only the published runs' rows count as predictions (the ones scored and paid for).
    const failed = r.batch.runsFailed;
    expect(failed).toBeGreaterThan(1);
    expect(r.overAll.unserved).toBe(1000 * failed);
    expect(r.rowsPublished).toBe(1000 * (10 - failed));
    expect(r.headline.predictions).toBe(r.rowsPublished);
    // The events that got one waited T/2 + D = 30 s + 10 s, as without failures.
    expect(r.eventToPredictionMs.mean).toBeCloseTo(40_000, 3);
    expect(r.headline.meetsTarget).toBe(false);
  });

  it('compare sizes such a load to the fewest machines that keep up, and one fewer was tried', () => {
    const { status, out } = cli([
      '--mode',
      'compare',
      '--arrival-rate',
      '1000',
      '--service',
      'deterministic:2',
      '--target-s',
      '60',
      '--duration',
      '60',
      '--json',
    ]);
    expect(status).toBe(0);
    const summary = (JSON.parse(out) as CompareReport).summary;
    for (const mode of ['online', 'streaming'] as const) {
      const { fleet, meetsTarget, sustainable } = summary[mode];
      expect([fleet.chosen, meetsTarget, sustainable]).toEqual(['sized', true, true]);
      // Two machines' worth of work: one cannot keep up, so the chosen fleet is above one, and
      // the fleet one smaller was simulated and refused.
      expect(fleet.value).toBeGreaterThan(1);
      expect(fleet.tried).toContain(fleet.value - 1);
    }
  });
});

describe('the p99 over all events', () => {
  it('is the served p99 when none is missing, a higher quantile when some are, and never past 1 in 100', () => {
    const h = new LogHistogram();
    for (let i = 1; i <= 1000; i++) h.record(i);
    expect(quantileOverAll(h, 0.99, 0)).toBe(h.quantile(0.99));
    // 5 missing of 1005: the p99 of all is the served 0.99 x 1005 / 1000 = 99.5th percentile.
    expect(quantileOverAll(h, 0.99, 5)).toBe(h.quantile(0.99495));
    expect(quantileOverAll(h, 0.99, 11)).toBe(Number.POSITIVE_INFINITY);
    expect(quantileOverAll(new LogHistogram(), 0.99, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});
