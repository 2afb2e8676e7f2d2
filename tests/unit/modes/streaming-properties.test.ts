import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StreamingSimulation } from '../../../src/modes/streaming/simulation.ts';
import { STREAMING_DEFAULTS, type StreamingConfig } from '../../../src/modes/streaming/config.ts';
import type { DistributionSpec } from '../../../src/sim/distributions.ts';

const serviceSpec: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc
    .double({ min: 0.05, max: 10, noNaN: true })
    .map((mean) => ({ kind: 'exponential' as const, mean })),
  fc
    .double({ min: 0.05, max: 10, noNaN: true })
    .map((mean) => ({ kind: 'deterministic' as const, mean })),
  fc
    .record({
      mean: fc.double({ min: 0.05, max: 10, noNaN: true }),
      cv: fc.double({ min: 0.1, max: 3, noNaN: true }),
    })
    .map((r) => ({ kind: 'lognormal' as const, ...r })),
);

/** Any valid streaming parameters with up to three membership changes, small enough to run often. */
const streamingParams: fc.Arbitrary<StreamingConfig> = fc
  .record({
    arrivalRatePerS: fc.double({ min: 1, max: 4000, noNaN: true }),
    partitions: fc.integer({ min: 1, max: 10 }),
    consumers: fc.integer({ min: 1, max: 12 }),
    changes: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 3 }),
    assignor: fc.constantFrom('range' as const, 'round-robin' as const),
    service: serviceSpec,
    triggerMs: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 2000, noNaN: true })),
    maxBatch: fc.integer({ min: 1, max: 2000 }),
    batchOverheadMs: fc.double({ min: 0, max: 100, noNaN: true }),
    rebalanceMs: fc.double({ min: 0, max: 3000, noNaN: true }),
    durationS: fc.double({ min: 0.5, max: 8, noNaN: true }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    pricePerHour: fc.double({ min: 0, max: 10, noNaN: true }),
  })
  .map(({ changes, durationS, ...rest }) => ({
    ...rest,
    durationS,
    consumersChanges: changes.map((consumers, i) => ({
      atS: (durationS * (i + 1)) / (changes.length + 1),
      consumers,
    })),
  }));

/**
 * Every number in the report is finite, except the summary of an empty latency histogram and,
 * then, the p99 over all records ("never": a stream drops none, so only when none was processed).
 */
function expectFinite(value: unknown, path: string, latencyEmpty: boolean): void {
  if (typeof value === 'number') {
    if (!(latencyEmpty && (path.startsWith('latencyMs') || path === 'overAll.p99Ms')))
      expect(Number.isFinite(value), path).toBe(true);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value))
      expectFinite(v, path ? `${path}.${key}` : key, latencyEmpty);
  }
}

describe('streaming mode invariants, over random parameters', () => {
  it('conserves records, keeps lag and shares consistent, and reports no NaN', () => {
    fc.assert(
      fc.property(streamingParams, (p) => {
        const r = new StreamingSimulation(p).run();
        const s = r.streaming;
        expectFinite(r, '', r.counts.processed === 0);
        // produced = processed + pending, and pending is exactly the lag over all partitions.
        expect(r.counts.produced).toBe(r.counts.processed + r.counts.pending);
        expect(s.lag.final).toBe(r.counts.pending);
        expect(s.lagByPartition.reduce((a, b) => a + b, 0)).toBe(s.lag.final);
        expect(s.lagByPartition).toHaveLength(p.partitions);
        expect(Math.min(...s.lagByPartition)).toBeGreaterThanOrEqual(0);
        expect(s.lag.max).toBeGreaterThanOrEqual(s.lag.final);
        // Busy <= owning a partition <= provisioned, at every instant, hence on average.
        expect(r.utilization).toBeGreaterThanOrEqual(0);
        expect(s.backpressure).toBeLessThanOrEqual(1 + 1e-9);
        expect(r.utilization).toBeLessThanOrEqual(s.backpressure + 1e-9);
        const finalConsumers = p.consumersChanges.at(-1)?.consumers ?? p.consumers;
        expect(s.idleConsumers).toBe(Math.max(0, finalConsumers - p.partitions));
        expect(r.throughputPerS).toBe(s.throughputOutPerS);
        if (p.consumersChanges.length === 0)
          expect(r.costPerHour).toBeCloseTo(p.consumers * p.pricePerHour, 9);
        if (r.counts.processed > 0) {
          expect(Number.isFinite(r.latencyMs.p99)).toBe(true);
          // A record waits for at least its own service, never a negative time.
          expect(r.latencyMs.max).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives byte-identical reports and machine states for the same seed', () => {
    fc.assert(
      fc.property(streamingParams, (p) => {
        const a = new StreamingSimulation(p, { series: true });
        const b = new StreamingSimulation(p, { series: true });
        expect(JSON.stringify(a.run())).toBe(JSON.stringify(b.run()));
        expect(JSON.stringify(a.machineStates())).toBe(JSON.stringify(b.machineStates()));
      }),
      { numRuns: 40 },
    );
  });

  it('gives a different run for a different seed', () => {
    const p = { ...STREAMING_DEFAULTS, durationS: 10 };
    const one = new StreamingSimulation({ ...p, seed: 1 }).run();
    const two = new StreamingSimulation({ ...p, seed: 2 }).run();
    expect(one.counts.produced).not.toBe(two.counts.produced);
  });

  it('keeps the same arrivals when only the service changes (common random numbers)', () => {
    const p = { ...STREAMING_DEFAULTS, durationS: 10 };
    const fast = new StreamingSimulation({ ...p, service: { kind: 'exponential', mean: 1 } }).run();
    const slow = new StreamingSimulation({ ...p, service: { kind: 'exponential', mean: 3 } }).run();
    expect(fast.counts.produced).toBe(slow.counts.produced);
  });
});
