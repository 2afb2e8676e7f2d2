import type { WidgetSpec } from '../../lessons/widget-spec.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';
import type { ParamValue as LabValue } from '../../modes/params/table.ts';
import type { LabCommand } from '../../worker/lab-protocol.ts';
import { LabClient } from '../lab/lab-client.svelte.ts';
import { modeViewOf, type ModeViewData } from '../lab/mode-view.ts';
import type { RunStatus } from './widget-flow.ts';
import { initialControlValues, widgetLabState, widgetSpeed } from './widget-state.ts';

export interface WidgetRun {
  mode: DeploymentMode;
  client: LabClient;
}

/**
 * A slide widget's runs: one engine worker per mode, all driven together, and the knobs they
 * run with. A knob moved restarts from zero the runs it applies to (a challenge is judged on a
 * whole run, and a question's answer on the run at the knobs' start), at the speed that plays a
 * run in about fifteen seconds.
 */
export class WidgetRuns {
  readonly runs: readonly WidgetRun[];
  controls = $state.raw<Record<string, LabValue>>({});
  private speed: number | null = null;

  constructor(private readonly spec: WidgetSpec) {
    this.controls = initialControlValues(spec);
    this.runs = spec.modes.map((mode) => ({
      mode,
      client: new LabClient(widgetLabState(spec, mode, this.controls)),
    }));
  }

  /** Once the first run's length is known: the speed every run plays at. */
  adoptSpeed(endMs: number): void {
    if (this.speed !== null) return;
    this.speed = widgetSpeed(endMs);
    this.broadcast({ type: 'speed', speed: this.speed });
  }

  broadcast(command: LabCommand): void {
    for (const run of this.runs) run.client.send(command);
  }

  /**
   * Turns the knobs to `values`; the runs they change start again from zero, and play when
   * `play`. Returns whether anything changed.
   */
  setControls(values: Readonly<Record<string, LabValue>>, play: boolean): boolean {
    const changed = this.spec.controls.filter(
      (c) => c.key in values && values[c.key] !== this.controls[c.key],
    );
    if (changed.length === 0) return false;
    this.controls = { ...this.controls, ...values };
    for (const run of this.runs) {
      if (!changed.some((c) => c.modes.includes(run.mode))) continue;
      run.client.send({
        type: 'configure',
        state: widgetLabState(this.spec, run.mode, this.controls),
      });
      if (this.speed !== null) run.client.send({ type: 'speed', speed: this.speed });
      if (play) run.client.send({ type: 'play' });
    }
    return true;
  }

  /** The lab state of one mode's run, for "open in the lab". */
  labState(mode: DeploymentMode) {
    return widgetLabState(this.spec, mode, this.controls);
  }

  /** Each run's view as it stands, or null before its first snapshot. */
  views(): { mode: DeploymentMode; data: ModeViewData | null }[] {
    return this.runs.map((run) => {
      const snapshot = run.client.snapshot;
      return { mode: run.mode, data: snapshot && modeViewOf(snapshot, run.mode) };
    });
  }

  /** Each run's report (with its headline) and whether it has finished. */
  statuses(): RunStatus[] {
    return this.views().map(({ mode, data }, i) => ({
      mode,
      finished: this.runs[i].client.snapshot?.session === 'finished',
      report: data ? { ...data.view.report, headline: data.view.headline } : null,
      values: this.runs[i].client.snapshot?.values ?? {},
    }));
  }

  setVisible(visible: boolean): void {
    for (const run of this.runs) run.client.setVisible(visible);
  }

  /** Pauses the runs while the page is hidden or `element` is out of view; returns the cleanup. */
  watchVisibility(element: HTMLElement): () => void {
    const onVisibility = () => this.setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVisibility);
    const observer = new IntersectionObserver((entries) =>
      this.setVisible(entries.some((e) => e.isIntersecting)),
    );
    observer.observe(element);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      observer.disconnect();
    };
  }

  dispose(): void {
    for (const run of this.runs) run.client.dispose();
  }
}
