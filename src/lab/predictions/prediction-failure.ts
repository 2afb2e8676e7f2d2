import { InferenceFailure } from '../inference-client.ts';
import { StoreError, type StoreErrorCode } from '../../store/store-error.ts';
import type { InferenceErrorKind } from '../../model/inference/protocol.ts';

/**
 * Why predictions could not be shown, as a value the UI translates: an inference error by kind
 * (a missing model file, no backend...), or a store error by code. Messages stay for developers.
 */
export type PredictionFailure =
  | { source: 'inference'; kind: InferenceErrorKind; message: string }
  | { source: 'store'; code: StoreErrorCode; message: string };

export function toPredictionFailure(error: unknown): PredictionFailure {
  if (error instanceof InferenceFailure) {
    return { source: 'inference', kind: error.error.kind, message: error.error.message };
  }
  if (error instanceof StoreError) {
    return { source: 'store', code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { source: 'inference', kind: 'internal', message };
}
