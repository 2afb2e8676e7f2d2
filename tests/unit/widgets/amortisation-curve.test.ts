import { describe, expect, it } from 'vitest';
import {
  amortisationCurve,
  amortisationYDomain,
  floorMsPer1000,
  measuredAmortisationPoint,
  msPer1000,
  powersOfTen,
  timesCheaper,
} from '../../../src/ui/widgets/figures/amortisation-curve.ts';
import { widgetCallCost } from '../../../src/lessons/teaching/batching-amortisation.ts';
import { WIDGETS } from '../../../src/lessons/widgets.ts';
import { PRESETS } from '../../../src/modes/presets.ts';
import measured from '../../../src/model/inference/measured-batch-cost.json';

// content-popularity's model, as the presets round it: a = 0.03552 ms, c = 0.00009495 ms.
const cost = { overheadMs: 0.03552, perItemMs: 0.00009495 };

describe('cost per 1000 predictions, t(b) / b = a / b + c', () => {
  it.each([
    // By hand: 1000 (a / b + c).
    [1, 35.61495],
    [32, 1.20495],
    [1024, 0.129637],
    [16_384, 0.097118],
  ])('in calls of %s rows', (b, expected) => {
    expect(msPer1000(cost, b)).toBeCloseTo(expected, 5);
  });

  it('falls toward the floor, 1000 c, and never below it', () => {
    expect(floorMsPer1000(cost)).toBeCloseTo(0.09495, 9);
    const curve = amortisationCurve(cost, 1, 16_384);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i].msPer1000).toBeLessThan(curve[i - 1].msPer1000);
      expect(curve[i].msPer1000).toBeGreaterThan(floorMsPer1000(cost));
    }
  });

  it('spaces the curve evenly on a logarithmic axis, ends included', () => {
    const curve = amortisationCurve(cost, 1, 4096, 12);
    expect(curve).toHaveLength(13);
    expect(curve[0].batchSize).toBeCloseTo(1, 12);
    expect(curve[6].batchSize).toBeCloseTo(64, 9);
    expect(curve[12].batchSize).toBeCloseTo(4096, 6);
  });

  it('says how many times cheaper a batch is than one row a call', () => {
    // (a + c) / (a / 1024 + c) = 0.03561495 / 0.000129637 = 274.7
    expect(timesCheaper(cost, msPer1000(cost, 1024))).toBeCloseTo(274.73, 1);
  });
});

describe('the widget and its runs', () => {
  it("draws the case model's measured a and c, to the presets' four significant digits", () => {
    const spec = WIDGETS['batching-amortisation'];
    const model = measured.models[PRESETS[spec.preset].model as keyof typeof measured.models];
    const got = widgetCallCost(spec);
    expect(got.overheadMs).toBe(Number(model.overheadMs.toPrecision(4)));
    expect(got.perItemMs).toBe(Number(model.perItemMs.toPrecision(4)));
  });

  it("reads a run's machine time per prediction from worker-hours and rows published", () => {
    // 1e-5 h = 36 ms of machine time for 1000 rows: 36 ms per 1000 predictions.
    const report = { workerHours: 1e-5, rowsPublished: 1000 };
    expect(measuredAmortisationPoint(report, 1)?.msPer1000).toBeCloseTo(36, 9);
    expect(measuredAmortisationPoint(report, 1)?.batchSize).toBe(1);
    expect(measuredAmortisationPoint({ workerHours: 0, rowsPublished: 0 }, 4)).toBeNull();
    expect(measuredAmortisationPoint(undefined, 4)).toBeNull();
  });

  it('keeps the y axis around the floor and the single-row cost, and ticks at powers of ten', () => {
    const [low, high] = amortisationYDomain(cost, 1, []);
    expect(low).toBeCloseTo(0.09495 / 1.5, 9);
    expect(high).toBeCloseTo(35.61495 * 1.5, 9);
    expect(amortisationYDomain(cost, 1, [{ batchSize: 1, msPer1000: 100 }])[1]).toBe(150);
    expect(powersOfTen([low, high])).toEqual([0.1, 1, 10]);
  });
});
