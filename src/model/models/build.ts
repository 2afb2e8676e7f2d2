import * as tf from '@tensorflow/tfjs';
import { Rng } from '../../sim/rng.ts';

export type Task = 'binary' | 'multiclass' | 'regression';

export interface Architecture {
  inputDim: number;
  /** Units of each hidden ReLU layer; empty for a linear (logistic / softmax) model. */
  hidden: readonly number[];
  task: Task;
  /** Output units: 1 for binary and regression, the number of classes for multiclass. */
  outputs: number;
  /** L2 penalty on kernels (weight decay), 0 for none. */
  l2: number;
}

/**
 * A multilayer perceptron whose initial weights are a pure function of `seed`: each layer's
 * Glorot-uniform initializer gets its own seed from a named stream, so two runs start from the
 * same weights and (with our own seeded shuffling) train to the same weights on the CPU backend.
 */
export function buildMlp(arch: Architecture, seed: number, name: string): tf.Sequential {
  const seeds = Rng.stream(seed, `${name}:init`);
  // Explicit layer names keep model.json independent of how many models the process built before.
  const safeName = name.replace(/[^A-Za-z0-9_]/g, '_');
  const model = tf.sequential({ name: safeName });
  const regularizer = arch.l2 > 0 ? tf.regularizers.l2({ l2: arch.l2 }) : undefined;
  const units = [...arch.hidden, arch.outputs];
  units.forEach((n, i) => {
    const last = i === units.length - 1;
    model.add(
      tf.layers.dense({
        name: `${safeName}_dense${i + 1}`,
        units: n,
        inputShape: i === 0 ? [arch.inputDim] : undefined,
        activation: last
          ? arch.task === 'binary'
            ? 'sigmoid'
            : arch.task === 'multiclass'
              ? 'softmax'
              : 'linear'
          : 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seeds.nextUint32() }),
        biasInitializer: 'zeros',
        kernelRegularizer: regularizer,
      }),
    );
  });
  return model;
}

/** Trainable parameters: the inference cost of one prediction, in multiply-adds, roughly. */
export function trainableParams(model: tf.LayersModel): number {
  let n = 0;
  for (const w of model.trainableWeights) {
    n += w.shape.reduce<number>((size, dim) => size * (dim ?? 1), 1);
  }
  return n;
}
