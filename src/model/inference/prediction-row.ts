/**
 * A model's prediction for one entity, as scoring produces it and the store keeps it (see
 * src/store/prediction-types.ts for the store's other shapes). Plain data: it survives
 * structured cloning.
 */

/** A feature the model used, kept with its prediction so the lab can show why. */
export type FeatureValue = number | string | boolean | null;
export type Features = Readonly<Record<string, FeatureValue>>;

/** One prediction to write: an entity (e.g. a booking) and the model's score for it. */
export interface PredictionRow {
  entityId: string;
  score: number;
  label?: string | null;
  features?: Features | null;
}
