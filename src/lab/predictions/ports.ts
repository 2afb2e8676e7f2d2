import type { ModelName } from '../../model/catalog.ts';
import type { PresetName } from '../../model/case-names.ts';
import type { NewRun } from '../../store/prediction-store.ts';
import type { PredictionRow } from '../../model/inference/prediction-row.ts';
import type {
  PublishResult,
  RunInfo,
  SqlParam,
  SqlResult,
  WriteResult,
} from '../../store/prediction-types.ts';
import type { ItemSelection, ScoreItemsResult } from '../../model/inference/scored-item.ts';

/**
 * What the orchestrators need of the two workers, as interfaces: the lab passes the real
 * sessions (inference-session.ts, store-session-port.ts), unit tests pass fakes, so the logic
 * (latest-run skipping, sampling caps, flagging) is tested without workers.
 */
export interface ScoringPort {
  /** Loads `model` if needed (starting the worker on first use), then scores the items. */
  scoreItems(
    model: ModelName,
    preset: PresetName,
    seed: number,
    selection: ItemSelection,
  ): Promise<ScoreItemsResult>;
}

export interface PredictionStorePort {
  createRun(run: NewRun): Promise<RunInfo>;
  writePredictions(runId: number, rows: PredictionRow[]): Promise<WriteResult>;
  publishRun(runId: number, publishedAtMs?: number): Promise<PublishResult>;
  discardRun(runId: number): Promise<null>;
  query(sql: string, params?: SqlParam[]): Promise<SqlResult>;
}
