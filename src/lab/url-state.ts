import { parseDistribution } from '../sim/distribution-spec.ts';
import { isPresetName } from '../modes/presets.ts';
import { LAB_CONTROLS, type LabControl } from './controls.ts';
import { DEFAULT_PRESET, withValue, type LabState, type LabValue } from './lab-state.ts';
import type { LabMode } from './lab-mode.ts';

/**
 * The lab's state in the address (`#/lab/online?preset=chatbot&servers=6&seed=3`), so a link
 * reproduces a run. Parsing never throws: a value that is not what its control accepts falls back
 * to the preset's with a notice naming the parameter and its accepted range; everything valid in
 * the same address is kept.
 */
export type UrlNotice =
  | { kind: 'unknown-preset'; got: string }
  | { kind: 'unknown-parameter'; flag: string }
  | { kind: 'out-of-range'; flag: string; got: string; min: number; max: number }
  | { kind: 'not-a-choice'; flag: string; got: string; choices: readonly string[] }
  | { kind: 'malformed'; flag: string; got: string };

/** Words for "nothing" in the address: no limit, no rollout. */
const NONE = 'none';
/** Longest text value kept from an address; longer ones are tampering or mistakes. */
const MAX_TEXT = 500;

export function parseLabQuery(
  mode: LabMode,
  query: string,
): { state: LabState; notices: UrlNotice[] } {
  const params = new URLSearchParams(query);
  const notices: UrlNotice[] = [];
  const presetText = params.get('preset');
  let preset = DEFAULT_PRESET[mode];
  if (presetText !== null) {
    if (isPresetName(presetText)) preset = presetText;
    else notices.push({ kind: 'unknown-preset', got: presetText.slice(0, 80) });
  }
  let state: LabState = { mode, preset, values: {} };
  const controls = LAB_CONTROLS[mode];
  for (const [flag, text] of params) {
    if (flag === 'preset') continue;
    const control = controls.find((c) => c.flag === flag);
    if (control === undefined) {
      notices.push({ kind: 'unknown-parameter', flag: flag.slice(0, 80) });
      continue;
    }
    const parsed = parseValue(control, text);
    if ('notice' in parsed) notices.push(parsed.notice);
    else state = withValue(state, flag, parsed.value);
  }
  return { state, notices };
}

function parseValue(control: LabControl, raw: string): { value: LabValue } | { notice: UrlNotice } {
  const flag = control.flag;
  const text = raw.slice(0, MAX_TEXT);
  const optional = 'optional' in control && control.optional === true;
  if (optional && text === NONE) return { value: null };
  switch (control.kind) {
    case 'number': {
      const n = text.trim() === '' ? Number.NaN : Number(text);
      const inRange = Number.isFinite(n) && n >= control.min && n <= control.max;
      if (!inRange || (control.integer && !Number.isInteger(n)))
        return {
          notice: { kind: 'out-of-range', flag, got: text, min: control.min, max: control.max },
        };
      return { value: n };
    }
    case 'choice':
      return control.choices.includes(text)
        ? { value: text }
        : { notice: { kind: 'not-a-choice', flag, got: text, choices: control.choices } };
    case 'toggle':
      if (text === 'on') return { value: true };
      if (text === 'off') return { value: false };
      return { notice: { kind: 'not-a-choice', flag, got: text, choices: ['on', 'off'] } };
    case 'distribution':
      try {
        const spec = parseDistribution(flag, text);
        if (spec.kind === 'empirical' || spec.mean < control.min || spec.mean > control.max)
          return {
            notice: { kind: 'out-of-range', flag, got: text, min: control.min, max: control.max },
          };
        return { value: text };
      } catch {
        return { notice: { kind: 'malformed', flag, got: text } };
      }
    case 'text':
      if (raw.length > MAX_TEXT)
        return { notice: { kind: 'malformed', flag, got: text.slice(0, 80) } };
      return { value: control.list ? text.split(',').filter((v) => v !== '') : text };
  }
}

/** The address's query for a state: the preset, then the learner's values in the table's order. */
export function formatLabQuery(state: LabState): string {
  const params = new URLSearchParams();
  params.set('preset', state.preset);
  for (const control of LAB_CONTROLS[state.mode]) {
    if (!(control.flag in state.values)) continue;
    params.set(control.flag, formatValue(state.values[control.flag]));
  }
  return params.toString();
}

function formatValue(value: LabValue): string {
  if (value === null) return NONE;
  if (value === true) return 'on';
  if (value === false) return 'off';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}
