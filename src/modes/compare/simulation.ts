import type { PresetName } from '../../model/case-names.ts';
import { caseFacts, notApplicableReason, type Headline } from '../headline.ts';
import type { ModeReport } from '../mode.ts';
import { DEPLOYMENT_MODES, type DeploymentMode } from '../mode-names.ts';
import type { ParamValue } from '../params/table.ts';
import { caseValues, COMPARED, fleetOf } from './case-values.ts';
import { smallestMeeting, type FleetChoice } from './right-size.ts';

type Values = Readonly<Record<string, ParamValue>>;
type Report = ModeReport & { headline: Headline };

/** One mode's column of the comparison: the metrics contract and how its fleet was chosen. */
export type CompareColumn = Headline & { fleet: FleetChoice };

/**
 * Each mode's values for the case with its fleet chosen: the learner's if set, else the smallest
 * that meets the case's target (a search of short runs: right-size.ts), else the case's own.
 * `simulate` runs one set of values; returns the values and, when sizing ran it, the report.
 */
export function sizedValues(
  mode: DeploymentMode,
  compare: Values,
  preset: PresetName | null,
  simulate: (values: Values) => Report,
): { values: Values; fleet: FleetChoice; report: Report | null } {
  const values = caseValues(mode, compare, preset);
  const fleet = fleetOf(mode, values);
  const set = compare[fleet.compareKey];
  const choice = (chosen: FleetChoice['chosen'], value: number, tried: number[] = []) => ({
    key: fleet.key,
    value,
    chosen,
    tried,
  });
  if (typeof set === 'number') {
    const fixed = { ...values, [fleet.key]: set };
    return { values: fixed, fleet: choice('set', set), report: null };
  }
  const own = values[fleet.key] as number;
  if (notApplicableReason(mode, caseFacts(values)) !== null)
    return { values, fleet: choice('not-applicable', own), report: null };
  if (values.targetS === null) return { values, fleet: choice('no-target', own), report: null };
  const reports = new Map<number, Report>();
  const found = smallestMeeting((n) => {
    const report = simulate({ ...values, [fleet.key]: n });
    reports.set(n, report);
    return report.headline;
  }, fleet.max);
  if (found.n === null)
    return { values, fleet: choice('none-meets', own, found.tried), report: null };
  return {
    values: { ...values, [fleet.key]: found.n },
    fleet: choice('sized', found.n, found.tried),
    report: reports.get(found.n) ?? null,
  };
}

export interface CompareReport {
  mode: 'compare';
  preset: PresetName | null;
  /** The type the deck assigns to the case, when it is one of the deck's. */
  deckChoice: DeploymentMode | null;
  seed: number;
  params: Values;
  /** The metrics contract of each mode, side by side, with how its fleet was chosen. */
  summary: Record<DeploymentMode, CompareColumn>;
  modes: Record<DeploymentMode, Report>;
  engine: { events: number };
}

/** Runs one case through the three modes, each on its chosen fleet, the same seed and model. */
export function simulateCompare(
  compare: Values,
  options: { series: boolean; preset: PresetName | null },
  deckChoice: DeploymentMode | null,
): CompareReport {
  const summary = {} as Record<DeploymentMode, CompareColumn>;
  const modes = {} as Record<DeploymentMode, Report>;
  let events = 0;
  for (const mode of DEPLOYMENT_MODES) {
    const run = (values: Values, series: boolean) => {
      const report = COMPARED[mode].simulate(values, { series, preset: options.preset }) as Report;
      events += report.engine.events;
      return report;
    };
    const sized = sizedValues(mode, compare, options.preset, (values) => run(values, false));
    // The sizing search already ran the chosen fleet, unless series are wanted as well.
    modes[mode] =
      sized.report !== null && !options.series ? sized.report : run(sized.values, options.series);
    summary[mode] = { ...modes[mode].headline, fleet: sized.fleet };
  }
  return {
    mode: 'compare',
    preset: options.preset,
    deckChoice,
    seed: compare.seed as number,
    params: compare,
    summary,
    modes,
    engine: { events },
  };
}
