import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PresetName } from '../case-names.ts';
import type { ModelEntry, ModelManifest } from '../catalog.ts';
import { EVAL_SEED } from '../data/seeds.ts';
import { CHAT_TEXT_HASH } from '../features/chatbot.ts';
import type { HeldOutSet, TrainingSet } from '../models/example.ts';
import { EXAMPLES } from '../models/examples.ts';
import { MODEL_SPECS, type ModelSpec } from '../models/specs.ts';
import { useCpuBackend } from './cpu-backend.ts';
import { saveModelToDir } from './save-to-dir.ts';
import { trainModel } from './train-model.ts';

export interface TrainAllOptions {
  /** Folder that receives `<name>/model.json`, weights and manifest.json (public/models). */
  outDir: string;
  trainSeed: number;
  log?: (line: string) => void;
}

/**
 * Trains every model in MODEL_SPECS, saves each, and writes the manifest. Deterministic for a
 * seed: data, initial weights and shuffling all come from seeded streams, the CPU backend computes
 * in a fixed order, and the manifest holds no timestamps.
 */
export async function trainAll(options: TrainAllOptions): Promise<ModelManifest> {
  const log = options.log ?? (() => {});
  await useCpuBackend();
  const sets = new Map<PresetName, { training: TrainingSet; heldOut: HeldOutSet }>();
  const entries: ModelEntry[] = [];
  for (const spec of MODEL_SPECS) {
    const started = Date.now();
    const { training, heldOut } = dataFor(spec, options.trainSeed, sets);
    const { model, entry } = await trainModel(spec, training, heldOut, options.trainSeed, log);
    const bytes = await saveModelToDir(model, join(options.outDir, spec.name));
    model.dispose();
    entries.push(entry);
    log(
      `${spec.name}: ${entry.metric} ${entry.value.toFixed(4)} (baseline ${entry.baseline.toFixed(4)}), ` +
        `${entry.params} params, ${bytes} bytes of weights, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const manifest: ModelManifest = {
    version: 1,
    evalSeed: EVAL_SEED,
    tfjsVersion: tf.version.tfjs,
    models: entries,
    features: {
      chatbot: {
        textHash: {
          buckets: CHAT_TEXT_HASH.buckets,
          ngrams: [...CHAT_TEXT_HASH.ngrams],
          hash: 'fnv1a-32',
        },
      },
    },
  };
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** The example's training and held-out sets, generated once and shared by its models. */
function dataFor(
  spec: ModelSpec,
  trainSeed: number,
  cache: Map<PresetName, { training: TrainingSet; heldOut: HeldOutSet }>,
): { training: TrainingSet; heldOut: HeldOutSet } {
  let sets = cache.get(spec.example);
  if (!sets) {
    const example = EXAMPLES[spec.example];
    sets = { training: example.trainingSet(trainSeed), heldOut: example.heldOutSet(EVAL_SEED) };
    cache.set(spec.example, sets);
  }
  return sets;
}
