import { isPresetName } from '../model/case-names.ts';
import type { ModeId } from '../modes/mode-names.ts';
import { queryFromValues, valuesFromQuery, type QueryNotice } from '../modes/params/url.ts';
import { modeById } from '../modes/registry.ts';
import { baseValues, DEFAULT_PRESET, type RunState } from '../modes/run-state.ts';

/**
 * The lab's state in the address (`#/lab/online?preset=chatbot&servers=6&seed=3`), so a link
 * reproduces a run: the preset, then the mode's values by their flags (modes/params/url.ts).
 * Parsing never throws: an unknown preset falls back to the lab's default with a notice, and a
 * refused value is dropped with a notice naming it and its accepted range.
 */
export type UrlNotice = { kind: 'unknown-preset'; got: string } | QueryNotice;

export function parseLabQuery(
  mode: ModeId,
  query: string,
): { state: RunState; notices: UrlNotice[] } {
  const params = new URLSearchParams(query);
  const notices: UrlNotice[] = [];
  const presetText = params.get('preset');
  let preset = DEFAULT_PRESET[mode];
  if (presetText !== null) {
    if (isPresetName(presetText)) preset = presetText;
    else notices.push({ kind: 'unknown-preset', got: presetText.slice(0, 80) });
  }
  const m = modeById(mode);
  const read = valuesFromQuery(
    m.params,
    m.rules,
    baseValues(mode, preset),
    params,
    ['preset'],
    (values) => m.refuse?.(values, preset) ?? null,
  );
  return { state: { mode, preset, values: read.values }, notices: [...notices, ...read.notices] };
}

/** The address's query for a state: the preset, then the learner's values in the table's order. */
export function formatLabQuery(state: RunState): string {
  const params = new URLSearchParams();
  params.set('preset', state.preset);
  const m = modeById(state.mode);
  for (const [flag, text] of queryFromValues(
    m.params,
    state.values,
    baseValues(state.mode, state.preset),
  ))
    params.set(flag, text);
  return params.toString();
}
