import type { DistributionSpec } from '../sim/distributions.ts';
import type { CalibrationResult } from '../model/inference/protocol.ts';

/**
 * "Your device as the server": the single-request inference times measured on this device, as an
 * empirical service-time distribution the simulations can use. `speedup` is how many times faster
 * a production server is than this device (1: the device itself; say 10 for a server-class CPU or
 * GPU). The batch cost model comes with it, scaled the same way, for dynamic batching.
 */
export interface CalibratedService {
  service: DistributionSpec;
  /** t(b) = overhead + perItem x b, in production milliseconds. */
  batchOverheadMs: number;
  perItemMs: number;
  speedup: number;
}

export function calibratedService(result: CalibrationResult, speedup = 1): CalibratedService {
  if (!(speedup > 0 && Number.isFinite(speedup)))
    throw new RangeError(`speedup must be a number above 0, got ${speedup}`);
  const single = result.points.find((p) => p.batchSize === 1);
  if (!single) throw new RangeError('the calibration must include batch size 1');
  return {
    service: { kind: 'empirical', samples: single.samplesMs.map((ms) => ms / speedup) },
    batchOverheadMs: result.fit.overheadMs / speedup,
    perItemMs: result.fit.perItemMs / speedup,
    speedup,
  };
}

/** How many times cheaper one row is in the largest batch than alone (the deck's "better use of resources"). */
export function vectorisationGain(result: CalibrationResult): number {
  const sorted = [...result.points].sort((a, b) => a.batchSize - b.batchSize);
  return sorted[0].perRowMs / sorted[sorted.length - 1].perRowMs;
}
