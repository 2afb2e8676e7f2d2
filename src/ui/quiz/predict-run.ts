import type { RunState } from '../../modes/run-state.ts';
import { keyedByFlag } from '../../modes/params/table.ts';
import { modeById } from '../../modes/registry.ts';
import type { LabSnapshot } from '../../worker/lab-protocol.ts';
import type { SimulationRun } from '../../lessons/quiz-types.ts';
import { readReportField } from '../../quiz/report-field.ts';

/**
 * A predict-then-run question's simulation as the lab runs it. The question names its run the
 * way `npm run simulate` does (`--preset P --mode M --set flag=value`); the mode's table turns the
 * flags into its keys, so the run is the CLI's run, done in the engine worker.
 */
export function labStateOf(run: SimulationRun): RunState {
  return {
    mode: run.mode,
    preset: run.preset,
    values: keyedByFlag(modeById(run.mode).params, run.set),
  };
}

/** The mode's report in a snapshot: the same object as `npm run simulate --json` prints. */
export function reportOf(snapshot: LabSnapshot): unknown {
  switch (snapshot.mode) {
    case 'online':
      return snapshot.online.report;
    case 'batch':
      return snapshot.batch.report;
    case 'streaming':
      return snapshot.streaming.report;
    case 'compare':
      // A quiz run names one mode; compare has no single report to read a field from.
      throw new Error('a predict question runs one mode, not compare');
  }
}

/** The figure to grade against, once the run has finished; null before. */
export function simulatedValue(snapshot: LabSnapshot | null, field: string): number | null {
  if (snapshot === null || snapshot.session !== 'finished') return null;
  return readReportField(reportOf(snapshot), field);
}

/** How far the run has gone, in [0, 1]. */
export function runProgress(snapshot: LabSnapshot | null): number {
  if (snapshot === null || snapshot.endMs <= 0) return 0;
  return Math.min(1, Math.max(0, snapshot.nowMs / snapshot.endMs));
}
