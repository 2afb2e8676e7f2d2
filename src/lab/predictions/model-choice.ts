import type { ModelName } from '../../model/catalog.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';
import type { PresetName } from '../../model/case-names.ts';

/**
 * Which model serves a preset in a mode. The two examples with two sizes follow the catalogue's
 * rationale (src/model/catalog.ts, src/model/models/specs.ts): the large model is what a nightly
 * batch can afford, the small one what online and streaming latency budgets allow. The other
 * examples have one model each.
 */
export function modelFor(preset: PresetName, mode: DeploymentMode): ModelName {
  switch (preset) {
    case 'hotel-cancellations':
      return mode === 'batch' ? 'hotel-cancellations-large' : 'hotel-cancellations-small';
    case 'fraud-detection':
      return mode === 'batch' ? 'fraud-detection-large' : 'fraud-detection-small';
    default:
      return preset;
  }
}

/**
 * Where the site serves a model: `npm run train` writes public/models/<name>/model.json, and the
 * manifest records the same path (checked by a unit test), so the lab need not fetch the
 * manifest before its first prediction.
 */
export function modelPath(name: ModelName): string {
  return `models/${name}/model.json`;
}
