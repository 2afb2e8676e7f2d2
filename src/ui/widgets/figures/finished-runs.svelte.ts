import { untrack } from 'svelte';
import type { WidgetSpec } from '../../../lessons/widget-spec.ts';
import type { DeploymentMode } from '../../../modes/mode-names.ts';
import type { ParamValue } from '../../../modes/params/table.ts';
import type { Locale } from '../../../locale/locales.ts';

/** What a slide widget gives its figure (WidgetPicture.svelte: KneeFigure, AmortisationFigure). */
export interface FigureProps {
  spec: WidgetSpec;
  reports: Readonly<Partial<Record<DeploymentMode, unknown>>>;
  locale: Locale;
  /** The knobs' values the reports ran with: a finished run's point is kept under them. */
  controls: Readonly<Record<string, ParamValue>>;
  /** Whether the run has finished: only a finished run's point joins the figure's history. */
  finished: boolean;
}

/**
 * The points of a figure's finished runs, one per key of the knobs they ran with (a run made again
 * replaces its point), and the latest. Create it while the figure starts (it runs an effect).
 *
 * A run is recorded once, when it finishes: a knob moved afterwards changes `controls` while the
 * old report still shows as finished, and that report must not be filed under the new knobs
 * (`finished` is true only for the runs set with the knobs as they stand: widget-flow.ts,
 * finishedReports).
 */
export class FinishedRuns<P> {
  #byKey = $state.raw<Record<string, P>>({});
  #latestKey = $state<string | null>(null);

  constructor(key: (point: P) => string, current: () => P | null, finished: () => boolean) {
    let recorded = false;
    $effect(() => {
      const point = current();
      if (!finished()) {
        recorded = false;
        return;
      }
      if (recorded || point === null) return;
      recorded = true;
      const k = key(point);
      untrack(() => (this.#byKey = { ...this.#byKey, [k]: point }));
      this.#latestKey = k;
    });
  }

  get points(): P[] {
    return Object.values(this.#byKey);
  }

  get latest(): P | null {
    return this.#latestKey === null ? null : (this.#byKey[this.#latestKey] ?? null);
  }
}
