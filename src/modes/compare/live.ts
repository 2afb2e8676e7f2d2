import type { PresetName } from '../../model/case-names.ts';
import type { BatchView } from '../batch/live.ts';
import type { LiveSession } from '../live-session.ts';
import type { ModeReport } from '../mode.ts';
import { DEPLOYMENT_MODES, type DeploymentMode } from '../mode-names.ts';
import type { OnlineView } from '../online/live.ts';
import type { ParamValue } from '../params/table.ts';
import type { StreamingView } from '../streaming/live.ts';
import type { Headline } from '../headline.ts';
import { COMPARED } from './case-values.ts';
import type { FleetChoice } from './right-size.ts';
import { sizedValues, type CompareColumn } from './simulation.ts';

export interface CompareView {
  batch: BatchView;
  online: OnlineView;
  streaming: StreamingView;
  /** Each mode's metrics contract so far, with how its fleet was chosen. */
  summary: Record<DeploymentMode, CompareColumn>;
}

type Values = Readonly<Record<string, ParamValue>>;
type Sessions = {
  batch: LiveSession<BatchView>;
  online: LiveSession<OnlineView>;
  streaming: LiveSession<StreamingView>;
};

/**
 * One case through the three modes on one simulated clock: each mode's fleet is chosen first (the
 * sizing search runs whole simulations, off the page's thread in the lab's worker), then the
 * three runs are advanced to the same instant, so the side-by-side figures describe the same
 * moment of the same day.
 */
export class CompareLive implements LiveSession<CompareView> {
  private readonly sessions: Sessions;
  private readonly fleets = {} as Record<DeploymentMode, FleetChoice>;
  private readonly modeValues = {} as Record<DeploymentMode, Values>;

  constructor(
    private values: Values,
    private readonly preset: PresetName | null,
  ) {
    const sessions: Partial<Record<DeploymentMode, LiveSession<unknown>>> = {};
    for (const mode of DEPLOYMENT_MODES) {
      const simulate = (v: Values) =>
        COMPARED[mode].simulate(v, { series: false, preset }) as ModeReport & {
          headline: Headline;
        };
      const sized = sizedValues(mode, values, preset, simulate);
      this.fleets[mode] = sized.fleet;
      this.modeValues[mode] = sized.values;
      sessions[mode] = COMPARED[mode].live(sized.values, preset);
    }
    this.sessions = sessions as Sessions;
  }

  private get all(): ReadonlyArray<LiveSession<unknown>> {
    return [this.sessions.batch, this.sessions.online, this.sessions.streaming];
  }

  get nowMs(): number {
    return Math.min(...this.all.map((e) => e.nowMs));
  }

  get endMs(): number {
    return Math.max(...this.all.map((e) => e.endMs));
  }

  get finished(): boolean {
    return this.all.every((e) => e.finished);
  }

  advance(untilMs: number): void {
    for (const session of this.all) session.advance(untilMs);
  }

  /** One event of the run that is furthest behind, so the three clocks stay together. */
  stepEvent(): boolean {
    const behind = this.all.filter((e) => !e.finished).sort((a, b) => a.nowMs - b.nowMs)[0];
    return behind !== undefined && behind.stepEvent();
  }

  finish(): void {
    for (const session of this.all) session.finish();
  }

  /**
   * New values for the case: a change that would re-size a fleet, or that a mode cannot take
   * mid-run, restarts the comparison; the rest is applied from now.
   */
  retune(values: Values): string[] {
    const refused = new Set<string>();
    for (const mode of DEPLOYMENT_MODES) {
      const next = { ...this.modeValues[mode] };
      for (const [key, value] of Object.entries(values))
        if (key in next && value !== null) next[key] = value;
      for (const key of this.sessions[mode].retune(next)) refused.add(key);
      this.modeValues[mode] = next;
    }
    // A fleet left to sizing depends on everything: any change may move it, so restart.
    const changed = Object.keys(values).filter((key) => values[key] !== this.values[key]);
    const sized = DEPLOYMENT_MODES.some((mode) => this.fleets[mode].chosen === 'sized');
    if (sized) for (const key of changed) refused.add(key);
    this.values = values;
    return [...refused];
  }

  view(): CompareView {
    const batch = this.sessions.batch.view();
    const online = this.sessions.online.view();
    const streaming = this.sessions.streaming.view();
    return {
      batch,
      online,
      streaming,
      summary: {
        batch: { ...batch.headline, fleet: this.fleets.batch },
        online: { ...online.headline, fleet: this.fleets.online },
        streaming: { ...streaming.headline, fleet: this.fleets.streaming },
      },
    };
  }
}
