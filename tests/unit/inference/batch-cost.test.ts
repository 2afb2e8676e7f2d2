import { describe, expect, it } from 'vitest';
import { MODEL_NAMES } from '../../../src/model/catalog.ts';
import {
  batchCostMeta,
  batchCostOf,
  batchTimeMs,
  measuredBatchCosts,
} from '../../../src/model/inference/batch-cost.ts';

// The committed measurement (npm run models:cost) as the simulator reads it: complete, sane, and
// showing what batching buys. Figures differ between machines, so only their shape is tested.
describe('measured batch cost', () => {
  it('has an entry for every model of the catalog, and no other', () => {
    expect(Object.keys(measuredBatchCosts).sort()).toEqual([...MODEL_NAMES].sort());
  });

  it.each(MODEL_NAMES)('%s: a and c are positive and finite', (name) => {
    const { overheadMs, perItemMs, cv, robustCv } = batchCostOf(name);
    for (const v of [overheadMs, perItemMs, cv.at1, cv.at1024, robustCv.at1, robustCv.at1024]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
  });

  it.each(MODEL_NAMES)('%s: a row costs less in a batch of 1024 than alone', (name) => {
    const cost = batchCostOf(name);
    expect(batchTimeMs(cost, 1024) / 1024).toBeLessThan(batchTimeMs(cost, 1));
    // The same from the measured medians, not only from the fitted line.
    expect(measuredBatchCosts[name].ratio1To1024).toBeGreaterThan(1);
  });

  it.each(MODEL_NAMES)('%s: the stored points are b = 1, 2, 4, ..., 1024 in order', (name) => {
    const points = measuredBatchCosts[name].points;
    expect(points.map((p) => p.batchSize)).toEqual(Array.from({ length: 11 }, (_, i) => 2 ** i));
    for (const p of points) expect(p.medianMs).toBeGreaterThan(0);
  });

  it('records when, where and how it was measured', () => {
    expect(Number.isNaN(Date.parse(batchCostMeta.measuredAt))).toBe(false);
    expect(batchCostMeta.measuredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const { machine, backend } = batchCostMeta;
    expect(machine.cpu.length).toBeGreaterThan(0);
    expect(machine.cores).toBeGreaterThanOrEqual(1);
    expect(machine.platform.length).toBeGreaterThan(0);
    expect(machine.arch.length).toBeGreaterThan(0);
    expect(machine.node).toMatch(/^v\d+\./);
    expect(machine.loadAverageBefore).toHaveLength(3);
    expect(machine.loadAverageAfter).toHaveLength(3);
    expect(machine.otherProcessesCpuShare).toBeGreaterThanOrEqual(0);
    expect(machine.otherProcessesCpuShare).toBeLessThanOrEqual(1);
    expect(backend.name).toBe('wasm');
    expect(typeof backend.simd).toBe('boolean');
    expect(backend.threads).toBeGreaterThanOrEqual(1);
    expect(batchCostMeta.tfjsVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(batchCostMeta.rounds).toBeGreaterThanOrEqual(1);
    expect(batchCostMeta.warmupCalls).toBeGreaterThanOrEqual(1);
    expect(Object.keys(batchCostMeta.repeats).map(Number)).toContain(1024);
    for (const n of Object.values(batchCostMeta.repeats)) expect(n).toBeGreaterThanOrEqual(30);
    expect(batchCostMeta.fitRule.length).toBeGreaterThan(0);
  });
});

describe('batchTimeMs', () => {
  it('is a + c x b', () => {
    const cost = { overheadMs: 0.5, perItemMs: 0.25 };
    expect(batchTimeMs(cost, 1)).toBe(0.75);
    expect(batchTimeMs(cost, 8)).toBe(2.5);
    expect(batchTimeMs(cost, 1024)).toBe(256.5);
  });

  it('refuses a batch of no rows', () => {
    const cost = { overheadMs: 1, perItemMs: 1 };
    expect(() => batchTimeMs(cost, 0)).toThrow(RangeError);
    expect(() => batchTimeMs(cost, Number.NaN)).toThrow(RangeError);
  });
});

describe('batchCostOf', () => {
  it('throws for a name the measurement does not list', () => {
    // @ts-expect-error: not a ModelName, as a stale caller might pass.
    expect(() => batchCostOf('no-such-model')).toThrow(/models:cost/);
  });
});
