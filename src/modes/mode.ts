import type { PresetName } from '../model/case-names.ts';
import type { LiveSession } from './live-session.ts';
import type { ModeId } from './mode-names.ts';
import type { Bilingual, ParamRule, ParamTable, ParamValue } from './params/table.ts';
import type { Refusal } from './params/validate.ts';

/**
 * What every mode is (DESIGN.md, "Modes"): its parameter table and rules, what each of the
 * deck's presets sets in it, a simulation run to the end and a live one for the lab, and its
 * report in words. The CLI, the worker and the lab loop over the registry and name no mode.
 *
 * `values` given to `simulate` and `live` are complete and checked (`resolveValues`).
 */
export interface ModeReport {
  mode: ModeId;
  seed: number;
  engine: { events: number };
  /** Set when the run has no steady state (a queue that grows without bound). */
  unstable?: boolean;
  offeredUtilization?: number;
}

export interface SimulateOptions {
  series: boolean;
  preset: PresetName | null;
}

export interface Mode<R extends ModeReport = ModeReport, View = unknown> {
  id: ModeId;
  title: Bilingual;
  /** What the mode is, one line, for `--help`. */
  summary: string;
  params: ParamTable;
  rules: readonly ParamRule[];
  /**
   * A check the table's rules cannot express, run after them with the preset known (compare hands
   * its values to each mode, whose own rules may refuse them); null when all is well.
   */
  refuse?(values: Readonly<Record<string, ParamValue>>, preset: PresetName | null): Refusal | null;
  /** The preset's values in this mode's keys. */
  presetValues(preset: PresetName): Record<string, ParamValue>;
  /**
   * Runs to the end; `series` adds down-sampled time series for charts. `preset` is the case the
   * values came from (compare hands it to each mode for the settings compare does not set).
   */
  simulate(values: Readonly<Record<string, ParamValue>>, options: SimulateOptions): R;
  /**
   * What theory says for these values, to check the simulation against (Erlang C and
   * Pollaczek-Khinchine online, D + T/2 in batch, the group's capacity in streaming), or null
   * where no formula applies.
   */
  theory(values: Readonly<Record<string, ParamValue>>): unknown;
  /** The report as a person reads it (the CLI without --json). */
  formatReport(report: R & { engine: { events: number; wallMs: number } }): string;
  /** A run the lab's worker advances slice by slice, retunes and views. */
  live(values: Readonly<Record<string, ParamValue>>, preset: PresetName | null): LiveSession<View>;
}

/**
 * A mode with its own report and view types kept (the registry derives the lab's snapshot types
 * from them); it is assignable to the registry's element type `Mode`.
 */
export function defineMode<R extends ModeReport, View>(mode: Mode<R, View>): Mode<R, View> {
  return mode;
}
