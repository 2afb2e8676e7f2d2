import { invalidInput } from './store-error.ts';
import { STORE_LIMITS } from './store-limits.ts';
import { checkFinite, checkText } from './validate.ts';
import type { Features, PredictionRow } from '../model/inference/prediction-row.ts';

/** A row as bound to the INSERT: entity_id, score, label, features JSON. */
export type BoundRow = [string, number, string | null, string | null];

/**
 * Checks one row and converts it to the values the INSERT binds. Every row of a write is checked
 * before the transaction starts, so a bad row 99,999 leaves the store untouched.
 */
export function bindRow(row: unknown, index: number): BoundRow {
  const at = `rows[${index}]`;
  if (typeof row !== 'object' || row === null) throw invalidInput(at, 'an object', row);
  const r = row as Partial<PredictionRow>;
  const entityId = checkText(`${at}.entityId`, r.entityId, STORE_LIMITS.entityIdMaxChars);
  const score = checkFinite(`${at}.score`, r.score);
  const label =
    r.label === undefined || r.label === null
      ? null
      : checkText(`${at}.label`, r.label, STORE_LIMITS.labelMaxChars);
  const features =
    r.features === undefined || r.features === null
      ? null
      : featuresJson(`${at}.features`, r.features);
  return [entityId, score, label, features];
}

const FEATURES_ACCEPTED = `an object of numbers, strings, booleans or nulls, at most ${STORE_LIMITS.featuresMaxChars} characters as JSON`;

function featuresJson(field: string, features: unknown): string {
  if (typeof features !== 'object' || features === null || Array.isArray(features)) {
    throw invalidInput(field, FEATURES_ACCEPTED, features);
  }
  for (const value of Object.values(features)) {
    const ok =
      value === null ||
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value));
    if (!ok) throw invalidInput(field, FEATURES_ACCEPTED, features);
  }
  const json = JSON.stringify(features);
  if (json.length > STORE_LIMITS.featuresMaxChars) {
    throw invalidInput(field, FEATURES_ACCEPTED, features);
  }
  return json;
}

/** The stored JSON back as features (null for a NULL column). */
export function parseFeatures(json: unknown): Features | null {
  return typeof json === 'string' ? (JSON.parse(json) as Features) : null;
}
