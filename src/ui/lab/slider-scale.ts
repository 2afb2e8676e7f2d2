import type { NumberControl } from '../../lab/controls.ts';

/**
 * Sliders run over 0..SLIDER_STEPS; log controls map that range geometrically, so 0.1 to 20,000
 * requests a second is as easy to set at the low end as at the high end.
 */
export const SLIDER_STEPS = 1000;

export function sliderPosition(control: NumberControl, value: number): number {
  const v = Math.min(control.max, Math.max(control.min, value));
  if (control.log && control.min > 0) {
    return Math.round(
      (Math.log(v / control.min) / Math.log(control.max / control.min)) * SLIDER_STEPS,
    );
  }
  return Math.round(((v - control.min) / (control.max - control.min)) * SLIDER_STEPS);
}

/** The value at a slider position, rounded to the control's step (and to 3 significant digits on
 * a log scale, so the numbers a learner sees stay readable). */
export function sliderValue(control: NumberControl, position: number): number {
  const t = Math.min(SLIDER_STEPS, Math.max(0, position)) / SLIDER_STEPS;
  const raw =
    control.log && control.min > 0
      ? control.min * (control.max / control.min) ** t
      : control.min + t * (control.max - control.min);
  const readable = control.log ? Number(raw.toPrecision(3)) : raw;
  const stepped = Math.round(readable / control.step) * control.step;
  return Math.min(control.max, Math.max(control.min, Number(stepped.toFixed(6))));
}

/** Out of range, not a number, or not a whole number where one is needed. */
export function numberProblem(control: NumberControl, value: number): boolean {
  return (
    !Number.isFinite(value) ||
    value < control.min ||
    value > control.max ||
    (control.integer && !Number.isInteger(value))
  );
}
