import { describe, expect, it } from 'vitest';
import { ONLINE_DEFAULTS, type OnlineConfig } from '../../../src/modes/online/config.ts';
import { OnlineSimulation } from '../../../src/modes/online/simulation.ts';
import { mmcRecursion } from '../../../bench/mmc-recursion.ts';
import { simulate } from './online-helpers.ts';

/** The report as JSON (the engine reads no clock, so nothing needs removing). */
function reportText(p: OnlineConfig): string {
  return JSON.stringify(new OnlineSimulation(p).run());
}

describe('online mode determinism', () => {
  it('gives the same report, byte for byte, for the same seed and parameters', () => {
    const p: OnlineConfig = {
      ...ONLINE_DEFAULTS,
      service: { kind: 'lognormal', mean: 10, cv: 1 },
      maxBatch: 4,
      batchDelayMs: 2,
      batchOverheadMs: 1,
      queueCapacity: 50,
      queueTimeoutMs: 80,
      networkRttMs: 5,
      requests: 50_000,
      seed: 7,
    };
    expect(reportText(p)).toBe(reportText(p));
    expect(reportText(p)).not.toBe(reportText({ ...p, seed: 8 }));
  });

  it('keeps the same arrivals when only the service changes (common random numbers)', () => {
    const a = simulate({ requests: 1000, warmup: 0, service: { kind: 'exponential', mean: 1 } });
    const b = simulate({ requests: 1000, warmup: 0, service: { kind: 'deterministic', mean: 1 } });
    // At 32% utilisation with 1 ms services, the run length is set by the arrivals alone.
    expect(Math.abs(a.measuredMs - b.measuredMs)).toBeLessThan(30);
  });

  it('gives the same times as the Kiefer-Wolfowitz recursion for FCFS M/M/c', () => {
    const engine = simulate({
      arrivalRatePerS: 350,
      servers: 4,
      requests: 200_000,
      warmup: 1000,
      seed: 4,
    });
    const recursion = mmcRecursion(350, 10, 4, 1000, 200_000, 4);
    // Every request gets the same times, so quantiles and maxima are identical; the means differ
    // only in the last bits because the engine sums in completion order, the recursion in arrival order.
    for (const [e, r] of [
      [engine.latencyMs, recursion.latencyMs],
      [engine.waitMs, recursion.waitMs],
    ]) {
      expect({ ...e, mean: 0 }).toEqual({ ...r, mean: 0 });
      expect(Math.abs(e.mean / r.mean - 1)).toBeLessThan(1e-12);
    }
  });

  it('keeps memory bounded in an unstable run without changing its result', () => {
    const unstable: Partial<OnlineConfig> = {
      arrivalRatePerS: 600,
      servers: 4,
      requests: 100_000,
      warmup: 0,
      seed: 2,
    };
    const stored = simulate(unstable);
    const bounded = simulate(unstable, { maxStoredQueue: 64 });
    expect(stored.unstable).toBe(true);
    expect(stored.meanQueueLength).toBeGreaterThan(1000);
    expect(JSON.stringify(bounded)).toBe(JSON.stringify(stored));
  });
});
