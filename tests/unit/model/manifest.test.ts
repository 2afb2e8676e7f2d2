import * as tf from '@tensorflow/tfjs';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_NAMES, type ModelManifest } from '../../../src/model/catalog.ts';
import { loadModelFromFile } from '../../../src/model/eval/load-from-dir.ts';
import { modelFile } from '../../../src/model/eval/read-manifest.ts';
import { trainableParams } from '../../../src/model/models/build.ts';
import { EXAMPLES } from '../../../src/model/models/examples.ts';
import { MODEL_SPECS } from '../../../src/model/models/specs.ts';
import { useCpuBackend } from '../../../src/model/train/cpu-backend.ts';

const MODELS_DIR = join(import.meta.dirname, '../../../public/models');
const manifest = JSON.parse(
  readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8'),
) as ModelManifest;

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

describe('public/models/manifest.json', () => {
  beforeAll(useCpuBackend);

  it('lists every model of the catalogue, in order, each with its spec', () => {
    expect(manifest.models.map((m) => m.name)).toEqual([...MODEL_NAMES]);
    expect(MODEL_SPECS.map((s) => s.name)).toEqual([...MODEL_NAMES]);
    expect(manifest.evalSeed).not.toBe(manifest.models[0].trainSeed);
  });

  it('describes each model as its example encodes it', () => {
    for (const entry of manifest.models) {
      const example = EXAMPLES[entry.example];
      expect(entry.task).toBe(example.task);
      expect(entry.featureNames).toEqual(example.featureNames);
      expect(entry.inputDim).toBe(example.featureNames.length);
      expect(entry.labels).toEqual(example.labels ? [...example.labels] : null);
      expect(entry.path).toBe(`models/${entry.name}/model.json`);
      expect(Number.isFinite(entry.value) && Number.isFinite(entry.baseline)).toBe(true);
    }
  });

  it('stays well under 5 MB on disk', () => {
    expect(folderBytes(MODELS_DIR)).toBeLessThan(1_000_000);
  });

  it.each(manifest.models.map((m) => [m.name, m] as const))(
    '%s loads from disk, has the stated parameters and predicts the right shape',
    async (_name, entry) => {
      const path = modelFile(MODELS_DIR, entry.path);
      expect(existsSync(path)).toBe(true);
      const model = await loadModelFromFile(path);
      expect(trainableParams(model)).toBe(entry.params);
      // float32 weights: 4 bytes a parameter, and nothing else in the weights file.
      expect(statSync(join(path, '..', 'weights.bin')).size).toBe(4 * entry.params);
      const x = tf.zeros([3, entry.inputDim]);
      const y = model.predict(x) as tf.Tensor;
      expect(y.shape).toEqual([3, entry.labels?.length ?? 1]);
      expect(Array.from(y.dataSync()).every(Number.isFinite)).toBe(true);
      tf.dispose([x, y]);
      model.dispose();
    },
  );
});
