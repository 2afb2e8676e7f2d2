import { describe, expect, it } from 'vitest';
import { buildMlp } from '../../../src/model/models/build.ts';
import { useCpuBackend } from '../../../src/model/train/cpu-backend.ts';
import type { Dataset } from '../../../src/model/train/dataset.ts';
import { fitModel, permutation } from '../../../src/model/train/fit.ts';
import { Rng } from '../../../src/sim/rng.ts';

/** A tiny separable problem: y = 1 when x0 + x1 > 1. */
function tinyDataset(): Dataset {
  const rng = new Rng(3);
  const n = 256;
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = rng.uniform();
    x[2 * i + 1] = rng.uniform();
    y[i] = x[2 * i] + x[2 * i + 1] > 1 ? 1 : 0;
  }
  return { n, inputDim: 2, outputs: 1, x, y };
}

async function trainedWeights(seed: number): Promise<number[]> {
  const model = buildMlp(
    { inputDim: 2, hidden: [4], task: 'binary', outputs: 1, l2: 0 },
    seed,
    'tiny',
  );
  await fitModel(model, tinyDataset(), 'binary', {
    epochs: 3,
    batchSize: 32,
    learningRate: 0.01,
    seed,
  });
  const weights = model.getWeights().flatMap((w) => Array.from(w.dataSync()));
  model.dispose();
  return weights;
}

describe('seeded training', () => {
  it('shuffles with a permutation from our generator', () => {
    const order = Array.from(permutation(100, new Rng(1)));
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
    expect(order).toEqual(Array.from(permutation(100, new Rng(1))));
  });

  it('gives identical weights for the same seed, different ones for another', async () => {
    await useCpuBackend();
    const a = await trainedWeights(5);
    expect(await trainedWeights(5)).toEqual(a);
    expect(await trainedWeights(6)).not.toEqual(a);
  });
});
