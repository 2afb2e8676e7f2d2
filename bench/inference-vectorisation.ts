import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { loadModel } from '../src/model/inference/load-model.ts';
import { calibrate } from '../src/model/inference/calibrate.ts';
import { fileFetch } from './file-fetch.ts';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

/**
 * The deck's "better use of resources" of batch, measured: per-row inference cost at batch size 1
 * versus 1024 for every committed model, on TensorFlow.js's plain CPU backend (median of `repeats`
 * calls each, after warm-up calls).
 */
export async function measureVectorisation(repeats: number) {
  await tf.setBackend('cpu');
  const manifest = JSON.parse(await readFile(`${publicDir}models/manifest.json`, 'utf8')) as {
    models: Array<{ name: string; path: string }>;
  };
  const rows: Array<{ name: string; perRowMs1: number; perRowMs1024: number; gain: number }> = [];
  for (const entry of manifest.models) {
    const model = await loadModel(`http://site/${entry.path}`, fileFetch(publicDir));
    const { points } = await calibrate(model, [1, 1024], repeats, () => performance.now());
    const [one, big] = points;
    rows.push({
      name: entry.name,
      perRowMs1: one.perRowMs,
      perRowMs1024: big.perRowMs,
      gain: one.perRowMs / big.perRowMs,
    });
    model.dispose();
  }
  return rows;
}
