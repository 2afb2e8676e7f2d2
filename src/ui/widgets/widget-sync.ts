import { MAX_SPEED, MIN_SPEED } from '../../worker/speed-limits.ts';
import type { ParamValue as LabValue } from '../../modes/params/table.ts';
import { WIDGETS } from '../../lessons/widgets.ts';
import type { WidgetControl, WidgetName } from '../../lessons/widget-spec.ts';

/**
 * Keeps a slide widget the same in the presenter's window and the audience's: the instructor turns
 * a knob or presses Play on the laptop, the projector shows it. Like the slides themselves
 * (src/ui/lessons/presenter-sync.ts), over a `BroadcastChannel`: same browser, no network.
 *
 * The messages:
 * - `{ type: 'controls', widget, values }`: the widget's knobs now stand at these values.
 * - `{ type: 'playback', widget, command }`: play, pause, one event, reset, jump to the end, or a
 *   speed. Each window runs its own engines from the same seed and parameters, so the same
 *   commands give the same simulation (each paced by its own clock).
 * - `{ type: 'guess', widget, guess }`: the answer given to the widget's question before its run.
 * - `{ type: 'hello', widget }`: a widget has just been drawn and asks for the knobs' values; the
 *   other window answers with `controls` (and `guess`, once there is one, and `step`, once it runs).
 * - `{ type: 'step', widget, step }`: the widget has been run ('running') or has shown its outcome
 *   ('revealed'). Only a window still asking acts on it: it runs too (to the end, when the other
 *   has revealed), so an audience window opened late does not stay at the question.
 * A window applies what it receives without sending it on, so nothing echoes.
 */
export const WIDGET_CHANNEL = 'tipos-de-despliegue/widgets';

export type PlaybackCommand =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset' }
  | { type: 'jumpToEnd' }
  | { type: 'speed'; speed: number };

export type WidgetMessage =
  | { type: 'controls'; widget: WidgetName; values: Record<string, LabValue> }
  | { type: 'playback'; widget: WidgetName; command: PlaybackCommand }
  | { type: 'guess'; widget: WidgetName; guess: string | number }
  | { type: 'hello'; widget: WidgetName }
  | { type: 'step'; widget: WidgetName; step: 'running' | 'revealed' };

const GUESS_CHARS = 64;

const PLAIN_COMMANDS = new Set(['play', 'pause', 'step', 'reset', 'jumpToEnd']);

/** Whether `value` is one the control can take: within its range, or one of its choices. */
export function fitsControl(control: WidgetControl, value: unknown): boolean {
  if (control.range) {
    const { min, max } = control.range;
    return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  }
  return control.choices?.some((choice) => choice.value === value) ?? false;
}

/** The playback command in `data`, or null for anything else (a lab's `configure`, say). */
export function playbackCommand(data: unknown): PlaybackCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, speed } = data as Record<string, unknown>;
  if (typeof type !== 'string') return null;
  if (type === 'speed')
    return typeof speed === 'number' && speed >= MIN_SPEED && speed <= MAX_SPEED
      ? { type, speed }
      : null;
  return PLAIN_COMMANDS.has(type) ? ({ type } as PlaybackCommand) : null;
}

/**
 * A message from the channel, checked: anything of the site may post there (another tab, an older
 * version still open), so only a known widget, its own knobs and values they can take get through;
 * a knob with a value out of its range is left out, the others kept.
 */
export function readWidgetMessage(data: unknown): WidgetMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, widget, values, command, guess, step } = data as Record<string, unknown>;
  if (typeof widget !== 'string' || !Object.hasOwn(WIDGETS, widget)) return null;
  const name = widget as WidgetName;
  if (type === 'hello') return { type, widget: name };
  if (type === 'step')
    return step === 'running' || step === 'revealed' ? { type, widget: name, step } : null;
  if (type === 'guess') {
    const fits =
      (typeof guess === 'number' && Number.isFinite(guess)) ||
      (typeof guess === 'string' && guess.length > 0 && guess.length <= GUESS_CHARS);
    return fits ? { type, widget: name, guess: guess as string | number } : null;
  }
  if (type === 'playback') {
    const checked = playbackCommand(command);
    return checked ? { type, widget: name, command: checked } : null;
  }
  if (type !== 'controls' || typeof values !== 'object' || values === null) return null;
  const kept: Record<string, LabValue> = {};
  for (const control of WIDGETS[name].controls) {
    const value = (values as Record<string, unknown>)[control.key];
    if (fitsControl(control, value)) kept[control.key] = value as LabValue;
  }
  return { type, widget: name, values: kept };
}
