import { describe, expect, it } from 'vitest';
import { md1, mmck } from '../../../src/sim/theory.ts';
import { onlineTheory } from '../../../src/modes/online/theory.ts';
import { ONLINE_DEFAULTS } from '../../../src/modes/online/config.ts';
import { relativeError, requestsFor, simulate } from './online-helpers.ts';

describe('online mode against other queueing results', () => {
  it('M/D/1 at utilisation 0.8: mean response within 2% of Pollaczek-Khinchine', () => {
    const theory = md1({ arrivalRatePerS: 80, meanServiceMs: 10 })!;
    // Deterministic service halves the waiting time's variability; the M/M/1 run length is ample.
    const r = simulate({
      arrivalRatePerS: 80,
      servers: 1,
      service: { kind: 'deterministic', mean: 10 },
      requests: requestsFor(0.8),
      warmup: 50_000,
      seed: 3,
    });
    expect(relativeError(r.latencyMs.mean, theory.meanResponseMs)).toBeLessThan(0.02);
    expect(relativeError(r.waitMs.mean, theory.meanWaitMs)).toBeLessThan(0.03);
  });

  it.each([
    [1, 2, 0.9],
    [4, 4, 0.8],
    [8, 0, 1.2],
  ])(
    'M/M/%i with %i waiting places at offered load %f: blocking within 5% of M/M/c/K',
    (servers, queueCapacity, rho) => {
      const arrivalRatePerS = (rho * servers * 1000) / 10;
      const theory = mmck({
        arrivalRatePerS,
        meanServiceMs: 10,
        servers,
        capacity: servers + queueCapacity,
      });
      const r = simulate({
        arrivalRatePerS,
        servers,
        queueCapacity,
        requests: 2_000_000,
        warmup: 20_000,
        seed: 5,
      });
      // Blocking estimates are proportions near 5-30% over 2 million arrivals: standard error < 0.5%.
      expect(
        relativeError(r.counts.rejected / r.counts.arrived, theory.blockingProbability),
      ).toBeLessThan(0.05);
      expect(relativeError(r.latencyMs.mean, theory.meanResponseMs)).toBeLessThan(0.03);
      expect(r.counts.arrived).toBe(r.counts.completed + r.counts.rejected);
    },
  );

  it("obeys Little's law: mean number in system = throughput x mean time in system", () => {
    for (const [servers, rate, rtt] of [
      [3, 240, 0],
      [2, 150, 25],
    ]) {
      const r = simulate({
        arrivalRatePerS: rate,
        servers,
        service: { kind: 'lognormal', mean: 10, cv: 1.5 },
        networkRttMs: rtt,
        requests: 1_000_000,
        warmup: 10_000,
        seed: 8,
      });
      const meanTimeInSystemMs = r.latencyMs.mean - rtt;
      // Both sides are estimated over the same ~1 million-request window; edge effects are O(1/n).
      expect(
        relativeError(r.meanInSystem, (r.throughputPerS / 1000) * meanTimeInSystemMs),
      ).toBeLessThan(0.01);
      expect(
        relativeError(r.meanQueueLength, (r.throughputPerS / 1000) * r.waitMs.mean),
      ).toBeLessThan(0.01);
    }
  });

  it('offers theory only where a formula is exact', () => {
    const base = { ...ONLINE_DEFAULTS };
    expect(onlineTheory(base)?.model).toBe('M/M/c');
    expect(onlineTheory({ ...base, queueCapacity: 3 })?.model).toBe('M/M/c/K');
    expect(
      onlineTheory({
        ...base,
        servers: 1,
        arrivalRatePerS: 50,
        service: { kind: 'deterministic', mean: 10 },
      })?.model,
    ).toBe('M/D/1');
    expect(
      onlineTheory({
        ...base,
        servers: 1,
        arrivalRatePerS: 50,
        service: { kind: 'lognormal', mean: 10, cv: 2 },
      })?.model,
    ).toBe('M/G/1');
    expect(onlineTheory({ ...base, service: { kind: 'deterministic', mean: 10 } })).toBeNull();
    expect(onlineTheory({ ...base, maxBatch: 8 })).toBeNull();
    expect(onlineTheory({ ...base, queueTimeoutMs: 100 })).toBeNull();
    expect(onlineTheory({ ...base, arrivalRatePerS: 400 })).toBeNull();
    expect(onlineTheory({ ...base, networkRttMs: 20 })!.latencyMs.mean).toBeCloseTo(
      onlineTheory(base)!.latencyMs.mean + 20,
      9,
    );
  });
});
