import type { PresetName } from '../case-names.ts';
import type { ModelEntry, ModelManifest } from '../catalog.ts';
import type { HeldOutSet } from '../models/example.ts';
import { EXAMPLES } from '../models/examples.ts';
import { useCpuBackend } from '../train/cpu-backend.ts';
import { loadModelFromFile } from './load-from-dir.ts';
import { predictAll } from './predict.ts';
import { modelFile } from './read-manifest.ts';
import type { Score } from './score.ts';

export interface Evaluation extends Score {
  name: string;
  task: ModelEntry['task'];
  size: ModelEntry['size'];
  params: number;
}

/**
 * Scores the committed models on held-out data generated with `evalSeed` (by default the
 * manifest's, which differs from the training seed), loading each from disk as the app would.
 */
export async function evaluateModels(
  manifest: ModelManifest,
  modelsDir: string,
  evalSeed = manifest.evalSeed,
): Promise<Evaluation[]> {
  await useCpuBackend();
  const heldOut = new Map<PresetName, HeldOutSet>();
  const results: Evaluation[] = [];
  for (const entry of manifest.models) {
    let set = heldOut.get(entry.example);
    if (!set) {
      set = EXAMPLES[entry.example].heldOutSet(evalSeed);
      heldOut.set(entry.example, set);
    }
    const model = await loadModelFromFile(modelFile(modelsDir, entry.path));
    const score = set.score(predictAll(model, set.data));
    model.dispose();
    results.push({
      name: entry.name,
      task: entry.task,
      size: entry.size,
      params: entry.params,
      ...score,
    });
  }
  return results;
}
