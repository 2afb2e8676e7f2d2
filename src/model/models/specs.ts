import type { PresetName } from '../case-names.ts';
import type { ModelName, ModelSize } from '../catalog.ts';

/**
 * Architecture and training recipe of each model. All are multilayer perceptrons trained with
 * Adam; they differ in size because the deployment they serve allows different costs:
 * - the small hotel model is a logistic regression (one weighted sum: the classic online model,
 *   microseconds per prediction), the large one a two-layer network a nightly batch can afford;
 * - the small fraud model has one hidden layer of 8 units, because a linear score cannot mix the
 *   fraud modes at all (small charges are suspicious only at high velocity); the large one again
 *   two layers of 64 and 32.
 * Sizes, epochs and learning rates were picked in exploratory runs scored on seed 2, never on
 * EVAL_SEED, so the reported held-out figures did not steer the choice.
 */
export interface ModelSpec {
  name: ModelName;
  example: PresetName;
  size: ModelSize | null;
  hidden: readonly number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
}

export const MODEL_SPECS: readonly ModelSpec[] = [
  {
    name: 'hotel-cancellations-small',
    example: 'hotel-cancellations',
    size: 'small',
    hidden: [],
    epochs: 10,
    batchSize: 256,
    learningRate: 0.01,
    l2: 0,
  },
  {
    name: 'hotel-cancellations-large',
    example: 'hotel-cancellations',
    size: 'large',
    hidden: [64, 32],
    epochs: 12,
    batchSize: 512,
    learningRate: 0.005,
    l2: 0,
  },
  {
    name: 'fraud-detection-small',
    example: 'fraud-detection',
    size: 'small',
    hidden: [8],
    epochs: 10,
    batchSize: 256,
    learningRate: 0.005,
    l2: 0,
  },
  {
    name: 'fraud-detection-large',
    example: 'fraud-detection',
    size: 'large',
    hidden: [64, 32],
    epochs: 12,
    batchSize: 256,
    learningRate: 0.005,
    l2: 0,
  },
  {
    name: 'form-abandonment',
    example: 'form-abandonment',
    size: null,
    hidden: [16, 8],
    epochs: 12,
    batchSize: 256,
    learningRate: 0.005,
    l2: 0,
  },
  {
    name: 'hotel-activities',
    example: 'hotel-activities',
    size: null,
    hidden: [32],
    epochs: 10,
    batchSize: 256,
    learningRate: 0.005,
    l2: 0,
  },
  {
    name: 'chatbot',
    example: 'chatbot',
    size: null,
    hidden: [32],
    epochs: 10,
    batchSize: 128,
    learningRate: 0.005,
    l2: 0,
  },
  {
    name: 'content-popularity',
    example: 'content-popularity',
    size: null,
    hidden: [32, 16],
    epochs: 12,
    batchSize: 256,
    learningRate: 0.003,
    l2: 0,
  },
];
