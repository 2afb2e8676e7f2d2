import type { PresetName } from './case-names.ts';

/**
 * The trained models and the shape of `public/models/manifest.json`, which `npm run train`
 * writes. Plain data and types only (no tfjs), so any part of the app may import it.
 *
 * `hotel-cancellations` and `fraud-detection` have a small model (fit for online latency) and a
 * large one (what a nightly batch can afford); the other examples have one model each.
 */
export const MODEL_NAMES = [
  'hotel-cancellations-small',
  'hotel-cancellations-large',
  'fraud-detection-small',
  'fraud-detection-large',
  'form-abandonment',
  'hotel-activities',
  'chatbot',
  'content-popularity',
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export type ModelTask = 'binary' | 'multiclass' | 'regression';
export type ModelSize = 'small' | 'large';

export interface ModelEntry {
  name: ModelName;
  /** The deck's example (a preset name) the model serves. */
  example: PresetName;
  task: ModelTask;
  size: ModelSize | null;
  /** Layers-format model, relative to the site root, e.g. "models/chatbot/model.json". */
  path: string;
  inputDim: number;
  featureNames: string[];
  /** Class names in output order for multiclass models, else null. */
  labels: string[] | null;
  /** Trainable parameters: a proxy for the cost of one prediction. */
  params: number;
  /** The headline quality metric on held-out data, its value, and a trivial predictor's. */
  metric: string;
  value: number;
  baseline: number;
  /** What `baseline` is (class prior, majority class, yesterday's value...). */
  baselineName: string;
  higherIsBetter: boolean;
  /** Secondary figures on the same held-out data, by name. */
  extras: Record<string, number>;
  /** Caveats a reader needs to read the figures right (e.g. why accuracy misleads for fraud). */
  notes: string[];
  /** What one output value means, and how to turn it into the quantity shown. */
  output: string;
  /** The function in src/model/features that turns a generated row into the input vector. */
  encoder: string;
  trainSeed: number;
  trainRows: number;
}

export interface TextHashManifest {
  buckets: number;
  ngrams: number[];
  hash: 'fnv1a-32';
}

export interface ModelManifest {
  version: 1;
  /** Held-out data is generated with this seed, different from every training seed. */
  evalSeed: number;
  tfjsVersion: string;
  models: ModelEntry[];
  /**
   * What the encoders need beyond their code: numeric encoders keep their scaling constants in
   * src/model/features; the chatbot's text hashing is described here so other clients can match it.
   */
  features: { chatbot: { textHash: TextHashManifest } };
}

export function isModelName(name: string): name is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(name);
}
