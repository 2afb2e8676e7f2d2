import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  OnlineEventKind,
  OnlineSimulation,
  type OnlineReport,
} from '../../../src/modes/online/simulation.ts';
import { ONLINE_DEFAULTS, type OnlineConfig } from '../../../src/modes/online/config.ts';
import type { DistributionSpec } from '../../../src/sim/distributions.ts';

const serviceSpec: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc
    .double({ min: 0.1, max: 50, noNaN: true })
    .map((mean) => ({ kind: 'exponential' as const, mean })),
  fc
    .double({ min: 0.1, max: 50, noNaN: true })
    .map((mean) => ({ kind: 'deterministic' as const, mean })),
  fc.double({ min: 0.1, max: 50, noNaN: true }).map((mean) => ({ kind: 'uniform' as const, mean })),
  fc
    .record({
      mean: fc.double({ min: 0.1, max: 50, noNaN: true }),
      cv: fc.double({ min: 0.1, max: 3, noNaN: true }),
    })
    .map((r) => ({ kind: 'lognormal' as const, ...r })),
);

/** Any valid online parameters, small enough to run hundreds of times. */
const onlineParams: fc.Arbitrary<OnlineConfig> = fc
  .record({
    arrivalRatePerS: fc.double({ min: 1, max: 5000, noNaN: true }),
    servers: fc.integer({ min: 1, max: 8 }),
    service: serviceSpec,
    byDuration: fc.boolean(),
    requests: fc.integer({ min: 1, max: 2000 }),
    durationS: fc.double({ min: 0.01, max: 3, noNaN: true }),
    warmup: fc.integer({ min: 0, max: 300 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    queueCapacity: fc.option(fc.integer({ min: 0, max: 20 })),
    queueTimeoutMs: fc.option(fc.double({ min: 0.5, max: 200, noNaN: true })),
    maxBatch: fc.integer({ min: 1, max: 16 }),
    batchDelayMs: fc.double({ min: 0, max: 20, noNaN: true }),
    batchOverheadMs: fc.double({ min: 0, max: 10, noNaN: true }),
    networkRttMs: fc.double({ min: 0, max: 50, noNaN: true }),
  })
  .map(({ byDuration, requests, durationS, maxBatch, batchDelayMs, ...rest }) => ({
    ...ONLINE_DEFAULTS,
    ...rest,
    requests: byDuration ? null : requests,
    durationS: byDuration ? durationS : null,
    maxBatch,
    batchDelayMs: maxBatch === 1 ? 0 : batchDelayMs,
  }));

/**
 * Every number in the report is finite, except the summaries of empty histograms (NaN) and the
 * p99 over all requests, which is "never" (Infinity) exactly when more than 1 in 100 requests got
 * no usable prediction.
 */
function expectNoNaN(r: OnlineReport): void {
  const usable = r.counts.completed - r.counts.failed;
  const never = usable === 0 || r.overAll.unserved > 0.01 * (usable + r.overAll.unserved);
  expect(r.overAll.p99Ms === Number.POSITIVE_INFINITY, 'overAll.p99Ms is never').toBe(never);
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') {
      const emptyLatency = path.startsWith('latencyMs') && r.counts.completed === 0;
      const emptyWait = path.startsWith('waitMs') && Number.isNaN(r.waitMs.mean);
      const neverP99 = path === 'overAll.p99Ms' && never;
      if (!emptyLatency && !emptyWait && !neverP99) expect(Number.isFinite(value), path).toBe(true);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
    }
  };
  walk(r, '');
}

describe('online mode invariants, over random parameters', () => {
  it('balances every request, keeps the clock monotonic, reports no NaN and never over-fills a batch', () => {
    fc.assert(
      fc.property(onlineParams, (p) => {
        const sim = new OnlineSimulation(p, { recentEvents: 100_000 });
        const end = p.requests === null ? (p.durationS as number) * 1000 : Number.POSITIVE_INFINITY;
        let last = 0;
        while (sim.kernel.nextEventTime() <= end && sim.kernel.step()) {
          expect(sim.kernel.now).toBeGreaterThanOrEqual(last);
          last = sim.kernel.now;
        }
        if (end !== Number.POSITIVE_INFINITY) sim.advance(end);
        const r = sim.report();
        const c = r.counts;
        expect(c.arrived).toBe(c.completed + c.rejected + c.timedOut + c.inFlight);
        expect(c.inFlight).toBeGreaterThanOrEqual(0);
        if (p.requests !== null) {
          expect(c.arrived).toBe(p.requests);
          expect(c.inFlight).toBe(0);
        }
        if (p.queueCapacity === null) expect(c.rejected).toBe(0);
        if (p.queueTimeoutMs === null) expect(c.timedOut).toBe(0);
        expectNoNaN(r);
        expect(r.utilization).toBeLessThanOrEqual(1 + 1e-9);
        if (c.completed > 0) expect(r.latencyMs.p50).toBeGreaterThanOrEqual(p.networkRttMs);
        expect(r.meanBatchSize).toBeLessThanOrEqual(p.maxBatch);
        // A batch is the set of requests started on one replica at one instant.
        const batchSizes = new Map<string, number>();
        for (const e of sim.recent.toArray()) {
          if (e.kind !== OnlineEventKind.started) continue;
          const key = `${e.timeMs}/${e.where}`;
          batchSizes.set(key, (batchSizes.get(key) ?? 0) + 1);
        }
        for (const size of batchSizes.values()) expect(size).toBeLessThanOrEqual(p.maxBatch);
      }),
      { numRuns: 300 },
    );
  });
});
