import type * as tf from '@tensorflow/tfjs';
import type { ModelEntry } from '../catalog.ts';
import { predictAll } from '../eval/predict.ts';
import type { HeldOutSet, TrainingSet } from '../models/example.ts';
import { buildMlp, trainableParams } from '../models/build.ts';
import { EXAMPLES } from '../models/examples.ts';
import type { ModelSpec } from '../models/specs.ts';
import { fitModel } from './fit.ts';
import { shiftOutputLogit } from './logit-shift.ts';

export interface TrainedModel {
  model: tf.LayersModel;
  entry: ModelEntry;
}

/**
 * Builds, trains and scores one model. `training` and `heldOut` are passed in so that the small
 * and large models of an example learn from, and are judged on, exactly the same rows.
 */
export async function trainModel(
  spec: ModelSpec,
  training: TrainingSet,
  heldOut: HeldOutSet,
  trainSeed: number,
  log: (line: string) => void = () => {},
): Promise<TrainedModel> {
  const example = EXAMPLES[spec.example];
  const model = buildMlp(
    {
      inputDim: example.featureNames.length,
      hidden: spec.hidden,
      task: example.task,
      outputs: example.labels?.length ?? 1,
      l2: spec.l2,
    },
    trainSeed,
    spec.name,
  );
  await fitModel(model, training.data, example.task, {
    epochs: spec.epochs,
    batchSize: spec.batchSize,
    learningRate: spec.learningRate,
    seed: trainSeed,
    onEpoch: (epoch, loss) =>
      log(`  ${spec.name} epoch ${epoch}/${spec.epochs} loss ${loss.toFixed(4)}`),
  });
  shiftOutputLogit(model, training.outputLogitShift);
  const score = heldOut.score(predictAll(model, heldOut.data));
  const notes = [...score.notes];
  if (training.outputLogitShift !== 0) {
    notes.push(
      `Trained on all positives and a sample of negatives; output logit shifted by ` +
        `${training.outputLogitShift.toFixed(4)} to restore the base rate.`,
    );
  }
  const entry: ModelEntry = {
    name: spec.name,
    example: spec.example,
    task: example.task,
    size: spec.size,
    path: `models/${spec.name}/model.json`,
    inputDim: example.featureNames.length,
    featureNames: [...example.featureNames],
    labels: example.labels ? [...example.labels] : null,
    params: trainableParams(model),
    metric: score.metric,
    value: score.value,
    baseline: score.baseline,
    baselineName: score.baselineName,
    higherIsBetter: score.higherIsBetter,
    extras: score.extras,
    notes,
    output: example.output,
    encoder: example.encoder,
    trainSeed,
    trainRows: training.data.n,
  };
  return { model, entry };
}
