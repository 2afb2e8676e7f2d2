import { OnlineSimulation } from '../src/modes/online/simulation.ts';
import { ONLINE_DEFAULTS } from '../src/modes/online/config.ts';
import { mmcRecursion } from './mmc-recursion.ts';

/** The benchmark queue: M/M/4 at utilisation 0.8 (320/s x 10 ms / 4). */
export const MM4 = { arrivalRatePerS: 320, meanServiceMs: 10, servers: 4 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function runEngine(requests: number, seed: number) {
  return new OnlineSimulation({
    ...ONLINE_DEFAULTS,
    arrivalRatePerS: MM4.arrivalRatePerS,
    servers: MM4.servers,
    service: { kind: 'exponential', mean: MM4.meanServiceMs },
    requests,
    warmup: 0,
    seed,
  }).run();
}

/** Requests per second of wall time, median of `repeats` runs after one untimed JIT warm-up run. */
export function measureOnlineSpeed(requests: number, repeats: number) {
  runEngine(requests / 10, 99);
  mmcRecursion(MM4.arrivalRatePerS, MM4.meanServiceMs, MM4.servers, 0, requests / 10, 99);
  const engine: number[] = [];
  const recursion: number[] = [];
  for (let r = 0; r < repeats; r++) {
    let t = performance.now();
    runEngine(requests, r + 1);
    engine.push(requests / ((performance.now() - t) / 1000));
    t = performance.now();
    mmcRecursion(MM4.arrivalRatePerS, MM4.meanServiceMs, MM4.servers, 0, requests, r + 1);
    recursion.push(requests / ((performance.now() - t) / 1000));
  }
  const engineRate = median(engine);
  const recursionRate = median(recursion);
  return { engineRate, recursionRate, ratio: engineRate / recursionRate };
}
