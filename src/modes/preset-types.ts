import type { PresetName } from '../model/case-names.ts';
import type { ModelName } from '../model/catalog.ts';
import type { DeploymentMode } from './mode-names.ts';
import type { Bilingual, ParamValue } from './params/table.ts';

/**
 * Where a preset's number comes from (issue: every number cited): the slide deck, a public figure
 * (REFERENCE.md, or the source named in the note), a measurement of this repository's own models,
 * or an assumption with its reason.
 */
export type Source =
  | { from: 'deck'; note: string }
  | { from: 'reference'; note: string }
  | { from: 'measured'; note: string }
  | { from: 'assumed'; note: string };

export interface Cited<T extends ParamValue = ParamValue> {
  value: T;
  source: Source;
}

export const deck = <T extends ParamValue>(value: T, note: string): Cited<T> => ({
  value,
  source: { from: 'deck', note },
});
export const reference = <T extends ParamValue>(value: T, note: string): Cited<T> => ({
  value,
  source: { from: 'reference', note },
});
export const assumed = <T extends ParamValue>(value: T, note: string): Cited<T> => ({
  value,
  source: { from: 'assumed', note },
});

/**
 * One of the deck's six examples as a ready-made case: what it needs (its target and the two facts
 * that decide which modes can serve it), the work arriving, the model whose measured t(b) gives
 * every mode its inference time, the price of a machine, and each mode's own settings. Values are
 * keyed by the modes' parameter keys, so they pass through the same validation as any input.
 */
export interface Preset {
  name: PresetName;
  /** The type the deck assigns to the example. */
  home: DeploymentMode;
  /** The model every mode serves, so compare runs one model through the three modes. */
  model: ModelName;
  title: Bilingual;
  /** Why the numbers are what they are, for --help, the README and the lab. */
  rationale: Bilingual;
  /** Currency of the prices (ISO 4217). */
  currency: string;
  /** Shared by every mode: the case (targetS, inputKnown, callerWaits) and the workload. */
  shared: Readonly<Record<string, Cited>>;
  batch: Readonly<Record<string, Cited>>;
  online: Readonly<Record<string, Cited>>;
  streaming: Readonly<Record<string, Cited>>;
}
