import type { ModelName } from '../../model/catalog.ts';
import type { PresetName } from '../../model/case-names.ts';
import type { Features } from '../../model/inference/prediction-row.ts';
import { defaultAlertThreshold, isValidThreshold } from './alert-threshold.ts';
import { Observable } from './listeners.ts';
import { modelFor } from './model-choice.ts';
import { toPredictionFailure, type PredictionFailure } from './prediction-failure.ts';
import type { ScoringPort } from './ports.ts';

/**
 * Most records scored per call: the newest STREAM_SAMPLE_MAX of those processed since the last
 * call. A stream at 1,500 records a second, run at 100x, processes 150,000 records a wall-clock
 * second, far more than the page should score; at 1x and a snapshot every 100 ms it processes
 * 150 between snapshots, all of which are scored. With one call in flight at a time, the scoring
 * rate adapts to what the worker can do, and the UI says "sampled" as soon as a record is left out.
 */
export const STREAM_SAMPLE_MAX = 500;
/** Flagged records kept for the table, newest first. */
export const FLAGGED_KEPT = 20;

export interface FlaggedRecord {
  index: number;
  entityId: string;
  score: number;
  features: Features;
}

export interface StreamFlagsState {
  phase: 'idle' | 'scoring' | 'ready' | 'failed';
  threshold: number;
  /**
   * Records the stream has processed (committed) since counting began: since the start, or since
   * the threshold last changed.
   */
  processed: number;
  /** Records scored with the model and, of those, flagged (score >= threshold). */
  scored: number;
  flagged: number;
  /** True once some processed record was not scored (scored < processed). */
  sampled: boolean;
  latest: FlaggedRecord[];
  failure: PredictionFailure | null;
}

export interface StreamFlagsOptions {
  preset: PresetName;
  seed: number;
  scoring: ScoringPort;
  threshold?: number;
  sampleMax?: number;
}

/**
 * Scores a stream's processed records with the streaming model as the simulation commits them,
 * and flags those at or above a threshold (the fraud stream's alerts). Record number i of the
 * stream is work item i (work-items.ts); `counts.processed` of the snapshot says how far the
 * stream has got. A new threshold starts the counts afresh, so that scored and flagged always
 * refer to one threshold.
 */
export class StreamFlags {
  readonly model: ModelName;
  readonly state: Observable<StreamFlagsState>;
  private readonly sampleMax: number;
  /** Records before `cursor` have been scored or passed over; `target` is the latest processed. */
  private cursor = 0;
  private target = 0;
  /** Where counting began (the record processed last when the threshold changed). */
  private origin = 0;
  private busy = false;
  private disposed = false;
  private generation = 0;

  constructor(private readonly options: StreamFlagsOptions) {
    this.model = modelFor(options.preset, 'streaming');
    this.sampleMax = options.sampleMax ?? STREAM_SAMPLE_MAX;
    const threshold = options.threshold ?? defaultAlertThreshold(options.preset);
    if (!isValidThreshold(threshold)) throw new RangeError(`threshold ${threshold} not in (0, 1)`);
    this.state = new Observable(initial(threshold));
  }

  /** Feed each snapshot's `counts.processed`. */
  update(processed: number): void {
    if (this.disposed || !Number.isFinite(processed) || processed < 0) return;
    // The lab restarted: the stream's counts begin again.
    if (processed < this.target) this.restart(this.state.value.threshold);
    this.target = Math.floor(processed);
    this.patch({ processed: this.target - this.origin });
    void this.drain();
  }

  /** A new threshold: counts and the table start again from the next records. */
  setThreshold(threshold: number): void {
    if (!isValidThreshold(threshold) || threshold === this.state.value.threshold) return;
    const target = this.target;
    this.restart(threshold);
    this.cursor = target;
    this.target = target;
    this.origin = target;
  }

  retry(): void {
    if (this.disposed || this.state.value.phase !== 'failed') return;
    this.patch({ phase: 'ready', failure: null });
    void this.drain();
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
  }

  private restart(threshold: number): void {
    this.generation++;
    this.cursor = 0;
    this.target = 0;
    this.origin = 0;
    this.busy = false;
    this.state.set(initial(threshold));
  }

  private async drain(): Promise<void> {
    if (this.busy || this.state.value.phase === 'failed') return;
    this.busy = true;
    const generation = this.generation;
    const live = () => generation === this.generation && !this.disposed;
    try {
      while (this.cursor < this.target && live()) {
        const from = Math.max(this.cursor, this.target - this.sampleMax);
        const count = this.target - from;
        this.cursor = this.target;
        this.patch({ phase: 'scoring' });
        const { preset, seed, scoring } = this.options;
        const result = await scoring.scoreItems(this.model, preset, seed, { from, count });
        if (!live()) return;
        const { threshold } = this.state.value;
        const flagged = result.items
          .filter((item) => item.score >= threshold)
          .map(({ index, entityId, score, features }) => ({ index, entityId, score, features }))
          .reverse();
        const s = this.state.value;
        const scored = s.scored + result.items.length;
        this.patch({
          phase: 'ready',
          scored,
          flagged: s.flagged + flagged.length,
          sampled: scored < this.cursor - this.origin,
          latest: [...flagged, ...s.latest].slice(0, FLAGGED_KEPT),
        });
      }
    } catch (error) {
      if (live()) this.patch({ phase: 'failed', failure: toPredictionFailure(error) });
    } finally {
      if (generation === this.generation) this.busy = false;
    }
  }

  private patch(change: Partial<StreamFlagsState>): void {
    this.state.set({ ...this.state.value, ...change });
  }
}

function initial(threshold: number): StreamFlagsState {
  return {
    phase: 'idle',
    threshold,
    processed: 0,
    scored: 0,
    flagged: 0,
    sampled: false,
    latest: [],
    failure: null,
  };
}
