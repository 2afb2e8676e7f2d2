import { BatchSimulation } from './simulation.ts';
import { batchFlagOf } from '../../cli/batch-command.ts';
import { paramsFor } from '../../lab/lab-params.ts';
import type { EngineFlags } from '../../lab/lab-state.ts';
import type { BatchView } from '../../lab/snapshot.ts';
import type { ModeEngine } from '../live-session.ts';

/** Runs the Gantt chart shows: enough for an hour of a one-minute schedule. */
const RUNS_SHOWN = 120;

export class BatchEngine implements ModeEngine<BatchView> {
  private readonly sim: BatchSimulation;
  private done = false;

  constructor(flags: EngineFlags) {
    this.sim = new BatchSimulation(paramsFor('batch', flags), { series: true, liveSeries: true });
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

  retune(flags: EngineFlags): string[] {
    return this.sim.retune(paramsFor('batch', flags)).map((field) => batchFlagOf(field) ?? field);
  }

  view(): BatchView {
    return {
      report: this.sim.report(),
      scheduler: this.sim.machineStates().scheduler,
      runs: this.sim.runLog(RUNS_SHOWN),
      stalenessBuckets: this.sim.staleness.buckets(),
    };
  }
}
