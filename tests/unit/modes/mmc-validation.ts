import { expect, it } from 'vitest';
import { mmc } from '../../../src/sim/theory.ts';
import { relativeError, requestsFor, simulate } from './online-helpers.ts';

const MEAN_SERVICE_MS = 10;

/** M/M/c at utilisation rho: simulated mean within 2% and p99 within 5% of Erlang C theory. */
export function checkMmc(servers: number, rho: number): void {
  it(`M/M/${servers} at utilisation ${rho}: mean response within 2%, p99 within 5%`, () => {
    const arrivalRatePerS = (rho * servers * 1000) / MEAN_SERVICE_MS;
    const theory = mmc({ arrivalRatePerS, meanServiceMs: MEAN_SERVICE_MS, servers })!;
    const requests = requestsFor(rho);
    const r = simulate({
      arrivalRatePerS,
      servers,
      requests,
      warmup: Math.round(requests / 20),
      seed: 11,
    });
    expect(relativeError(r.latencyMs.mean, theory.responseMs.mean)).toBeLessThan(0.02);
    expect(relativeError(r.latencyMs.p99, theory.responseMs.p99)).toBeLessThan(0.05);
    expect(relativeError(r.utilization, rho)).toBeLessThan(0.02);
  });
}
