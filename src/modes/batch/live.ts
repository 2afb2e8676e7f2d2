import { refusedKeys, type LiveSession } from '../live-session.ts';
import type { Headline } from '../headline.ts';
import type { HistogramBucket } from '../live-view.ts';
import type { ParamValue } from '../params/table.ts';
import { batchConfig, type BatchValues } from './config.ts';
import { batchHeadline } from './headline.ts';
import type { BatchReport } from './report.ts';
import type { BatchRunRecord } from './run-log.ts';
import { BatchSimulation } from './simulation.ts';

/** Runs the Gantt chart shows: enough for an hour of a one-minute schedule. */
const RUNS_SHOWN = 120;

export interface BatchView {
  report: BatchReport;
  headline: Headline;
  scheduler: string;
  /** The most recent runs (bounded), oldest first. */
  runs: BatchRunRecord[];
  stalenessBuckets: HistogramBucket[];
}

type Values = Readonly<Record<string, ParamValue>>;
const configOf = (values: Values) => batchConfig(values as BatchValues);

export class BatchLive implements LiveSession<BatchView> {
  private readonly sim: BatchSimulation;
  private done = false;

  constructor(private values: Values) {
    this.sim = new BatchSimulation(configOf(values), { series: true, liveSeries: true });
  }

  get nowMs(): number {
    return this.sim.kernel.now;
  }

  get endMs(): number {
    return this.sim.params.durationS * 1000;
  }

  get finished(): boolean {
    return this.done;
  }

  advance(untilMs: number): void {
    // The schedule ends at endMs; the runs still going are let finish (Airflow does not kill them).
    if (untilMs >= this.endMs) this.finish();
    else this.sim.advance(untilMs);
  }

  stepEvent(): boolean {
    if (this.done) return false;
    if (!this.sim.kernel.step()) this.done = true;
    return !this.done;
  }

  finish(): void {
    this.sim.run();
    this.done = true;
  }

  retune(values: Values): string[] {
    const refused = this.sim.retune(configOf(values));
    const keys = refusedKeys(this.values, values, configOf, refused);
    this.values = values;
    return keys;
  }

  view(): BatchView {
    const report = this.sim.report();
    return {
      report,
      headline: batchHeadline(report, this.values),
      scheduler: this.sim.machineStates().scheduler,
      runs: this.sim.runLog(RUNS_SHOWN),
      stalenessBuckets: this.sim.lookups.staleness.buckets(),
    };
  }
}
