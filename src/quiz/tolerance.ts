import type { Tolerance } from '../lessons/quiz-types.ts';

export interface ToleranceCheck {
  within: boolean;
  /** prediction - simulated. */
  error: number;
  /** The largest |error| accepted, in the question's unit. */
  allowed: number;
}

/**
 * Whether a prediction is close enough to the simulated value. The bound is inclusive, and a
 * relative slack of 1e-9 absorbs binary rounding, so a prediction exactly on the stated
 * boundary (say 110 for 100 within 10 %, where 0.1 x 100 is not exactly 10 in floating point)
 * is accepted, as a person reading the rule would expect.
 */
export function checkTolerance(
  prediction: number,
  simulated: number,
  tolerance: Tolerance,
): ToleranceCheck {
  const allowed =
    tolerance.kind === 'absolute' ? tolerance.value : tolerance.value * Math.abs(simulated);
  const error = prediction - simulated;
  const slack = 1e-9 * Math.max(1, Math.abs(simulated), Math.abs(prediction));
  return { within: Math.abs(error) <= allowed + slack, error, allowed };
}
