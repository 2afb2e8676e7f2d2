// Steady-state queueing formulas for FCFS queues with Poisson arrivals, so the UI and the CLI can
// show theory beside simulation. Pure: imports nothing outside src/sim/theory/, no DOM.
//
// Units: arrival rates in requests per second (`...PerS`), times in milliseconds (`...Ms`);
// conversion to per-millisecond rates happens inside. Queue lengths are counts of requests.
//
// Sources: L. Kleinrock, Queueing Systems Vol. 1: Theory (1975), ch. 3 (birth-death systems:
// M/M/1, M/M/m, M/M/m/m, finite-capacity queues) and ch. 5 (M/G/1); D. Gross & C. M. Harris,
// Fundamentals of Queueing Theory (M/M/c waiting-time distribution, M/M/c/K, Erlang loss);
// /work/shared/REFERENCE.md, section "Queueing theory".
//
// Results are plain data (numbers and strings only) so they survive JSON and structured clone
// (postMessage to and from the worker). Quantiles and tail probabilities at arbitrary points are
// separate exported functions rather than methods on the result.
//
// One model per file in src/sim/theory/; this file is their single entry point.

export { erlangB, erlangC } from './theory/erlang.ts';
export {
  mmc,
  mmcResponseQuantileMs,
  mmcResponseTailProbability,
  mmcWaitQuantileMs,
  mmcWaitTailProbability,
  type MmcParams,
  type MmcResult,
  type TimeSummaryMs,
} from './theory/mmc.ts';
export { md1, mg1, type Mg1Params, type Mg1Result } from './theory/mg1.ts';
export { mmck, type MmckParams, type MmckResult } from './theory/mmck.ts';
export { littleL } from './theory/little.ts';
