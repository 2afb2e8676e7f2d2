import * as tf from '@tensorflow/tfjs';

/**
 * Selects tfjs's pure-JavaScript CPU backend for Node scripts and tests. It is slower than
 * tfjs-node but needs no native binary, and it computes in a fixed order, so a seeded training
 * run gives the same weights every time.
 */
export async function useCpuBackend(): Promise<void> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  await tf.ready();
}
