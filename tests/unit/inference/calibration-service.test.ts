import { describe, expect, it } from 'vitest';
import { calibratedService, vectorisationGain } from '../../../src/lab/calibration-service.ts';
import type { CalibrationResult } from '../../../src/model/inference/protocol.ts';

const result: CalibrationResult = {
  name: 'm',
  backend: 'cpu',
  points: [
    { batchSize: 1, medianMs: 2, perRowMs: 2, samplesMs: [1.8, 2, 2.4] },
    { batchSize: 1024, medianMs: 40.96, perRowMs: 0.04, samplesMs: [40.96] },
  ],
  fit: { overheadMs: 1.96, perItemMs: 0.038, r2: 1 },
};

describe('calibratedService', () => {
  it('turns measured single-request times into an empirical service, scaled by the production speed-up', () => {
    const c = calibratedService(result, 4);
    expect(c.service).toEqual({ kind: 'empirical', samples: [0.45, 0.5, 0.6] });
    expect(c.batchOverheadMs).toBeCloseTo(0.49, 12);
    expect(c.perItemMs).toBeCloseTo(0.0095, 12);
  });

  it('rejects a speed-up that is not a positive number', () => {
    expect(() => calibratedService(result, 0)).toThrow(/speedup must be a number above 0/);
  });

  it('measures how much cheaper a row is in the largest batch', () => {
    expect(vectorisationGain(result)).toBeCloseTo(50, 9);
  });
});
