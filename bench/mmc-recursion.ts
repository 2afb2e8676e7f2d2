import { Rng } from '../src/sim/rng.ts';
import { LogHistogram } from '../src/sim/stats/histogram.ts';

/**
 * The practical ceiling for simulating an FCFS M/M/c queue: the Kiefer-Wolfowitz recursion
 * (Kiefer & Wolfowitz, "On the theory of queues with many servers", 1955). With identical servers
 * and FCFS, each arrival starts on the server that frees up first, at max(arrival, that time), so
 * no event calendar is needed: one loop over requests, the server times in a tiny array.
 *
 * It draws from the same named streams as the engine and records the same latency and wait
 * histograms, so it does the same statistical work and gives the same requests the same times.
 */
export function mmcRecursion(
  arrivalRatePerS: number,
  meanServiceMs: number,
  servers: number,
  warmup: number,
  requests: number,
  seed: number,
) {
  const arrivals = Rng.stream(seed, 'arrivals');
  const service = Rng.stream(seed, 'service');
  const meanGapMs = 1000 / arrivalRatePerS;
  const freeAt = new Float64Array(servers);
  const latency = new LogHistogram();
  const wait = new LogHistogram();
  let now = 0;
  let busyMs = 0;
  const total = warmup + requests;
  for (let i = 0; i < total; i++) {
    now += -meanGapMs * Math.log(arrivals.uniform());
    let server = 0;
    for (let s = 1; s < servers; s++) if (freeAt[s] < freeAt[server]) server = s;
    const start = freeAt[server] > now ? freeAt[server] : now;
    const serviceMs = -meanServiceMs * Math.log(service.uniform());
    freeAt[server] = start + serviceMs;
    if (i >= warmup) {
      wait.record(start - now);
      latency.record(start + serviceMs - now);
      busyMs += serviceMs;
    }
  }
  return { latencyMs: latency.summary(), waitMs: wait.summary(), busyMs };
}
