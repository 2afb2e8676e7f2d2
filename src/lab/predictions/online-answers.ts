import type { ModelName } from '../../model/catalog.ts';
import type { PresetName } from '../../model/case-names.ts';
import type { RecentEvent } from '../../sim/stats/recent-events.ts';
import { modelFor } from './model-choice.ts';
import type { ScoringPort } from './ports.ts';
import type { ScoredItem } from '../../model/inference/scored-item.ts';

/**
 * OnlineEventKind.completed of src/scenarios/online.ts, copied rather than imported so that the
 * page does not bundle the engine (and xstate) for one constant; a unit test keeps them equal.
 */
export const COMPLETED_EVENT_KIND = 3;

/** Answers remembered, so requests still on screen are not scored again at every snapshot. */
export const ONLINE_ANSWERS_KEPT = 200;

/** Ids of the newest completed requests among `recent` (oldest first, as snapshots give them). */
export function completedRequestIds(recent: readonly RecentEvent[], max = 8): number[] {
  const ids: number[] = [];
  for (let i = recent.length - 1; i >= 0 && ids.length < max; i--) {
    const event = recent[i];
    if (event.kind === COMPLETED_EVENT_KIND && !ids.includes(event.id)) ids.push(event.id);
  }
  return ids;
}

/**
 * The model's answers to the online lab's simulated requests: request id i asks about work item
 * i (work-items.ts), so its answer is the online model's prediction for that record. Scored
 * lazily, only for the ids asked about, in one batch call per ask; calls are served one after
 * another, each scoring only what the ones before it did not.
 */
export class OnlineAnswers {
  readonly model: ModelName;
  private readonly known = new Map<number, ScoredItem>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: { preset: PresetName; seed: number; scoring: ScoringPort },
  ) {
    this.model = modelFor(options.preset, 'online');
  }

  /** The answer for each of `ids`, in the same order. */
  answersFor(ids: readonly number[]): Promise<ScoredItem[]> {
    const next = this.queue.then(() => this.score(ids));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async score(ids: readonly number[]): Promise<ScoredItem[]> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length > 0) {
      const { preset, seed, scoring } = this.options;
      const result = await scoring.scoreItems(this.model, preset, seed, { indices: missing });
      for (const item of result.items) this.known.set(item.index, item);
      // Oldest first in a Map's order: drop from the front.
      for (const id of this.known.keys()) {
        if (this.known.size <= ONLINE_ANSWERS_KEPT) break;
        this.known.delete(id);
      }
    }
    return ids.map((id) => this.known.get(id)).filter((item) => item !== undefined);
  }
}
