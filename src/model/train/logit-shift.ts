import * as tf from '@tensorflow/tfjs';

/**
 * Adds `shift` to the bias of the model's last (sigmoid) layer, i.e. to the output logit. After
 * training on a set where negatives were kept with probability r, the odds are inflated by 1/r;
 * adding ln(r) restores them (King & Zeng 2001, "prior correction").
 */
export function shiftOutputLogit(model: tf.LayersModel, shift: number): void {
  if (shift === 0) return;
  const last = model.layers[model.layers.length - 1];
  const [kernel, bias] = last.getWeights();
  const shifted = tf.add(bias, shift);
  last.setWeights([kernel, shifted]);
  shifted.dispose();
}
