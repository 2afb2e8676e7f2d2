import type { NumberParam } from '../../modes/params/table.ts';

/** The slider's track: the entry's own range, narrowed where it sets one (typed values may go wider). */
function track(control: NumberParam): { min: number; max: number } {
  return control.slider ?? { min: control.min, max: control.max };
}

/**
 * Sliders run over 0..SLIDER_STEPS; log controls map that range geometrically, so 0.1 to 20,000
 * requests a second is as easy to set at the low end as at the high end.
 */
export const SLIDER_STEPS = 1000;

export function sliderPosition(control: NumberParam, value: number): number {
  const { min, max } = track(control);
  const v = Math.min(max, Math.max(min, value));
  if (control.log && min > 0) {
    return Math.round((Math.log(v / min) / Math.log(max / min)) * SLIDER_STEPS);
  }
  return Math.round(((v - min) / (max - min)) * SLIDER_STEPS);
}

/** The value at a slider position, rounded to the control's step (and to 3 significant digits on
 * a log scale, so the numbers a learner sees stay readable). */
export function sliderValue(control: NumberParam, position: number): number {
  const { min, max } = track(control);
  const t = Math.min(SLIDER_STEPS, Math.max(0, position)) / SLIDER_STEPS;
  const raw = control.log && min > 0 ? min * (max / min) ** t : min + t * (max - min);
  const readable = control.log ? Number(raw.toPrecision(3)) : raw;
  const stepped = Math.round(readable / control.step) * control.step;
  return Math.min(max, Math.max(min, Number(stepped.toFixed(6))));
}

/** Out of range, not a number, or not a whole number where one is needed. */
export function numberProblem(control: NumberParam, value: number): boolean {
  return (
    !Number.isFinite(value) ||
    value < control.min ||
    (control.exclusiveMin === true && value === control.min) ||
    value > control.max ||
    (control.integer && !Number.isInteger(value))
  );
}
