import { LEGACY_LOCALE_KEY, migrateV0, parseProgressText, serialiseProgress } from './migrate.ts';
import type { Problem } from './problems.ts';
import { emptyProgress, type ProgressV1 } from './schema.ts';

/** The version is in the key as well as in the value, so a later format can live beside this one. */
export const PROGRESS_KEY = 'tipos-de-despliegue:progress:v1';
/** Where a stored value that could not be read is kept, so starting afresh does not destroy it. */
export const SET_ASIDE_KEY = 'tipos-de-despliegue:progress:set-aside';

/** Why progress is not, or not entirely, what was saved; the interface translates `kind`. */
export type ProgressNoticeKind =
  /** Storage is missing or refuses access (privacy settings, sandboxed frames): memory only. */
  | 'storage-unavailable'
  /** The site's storage quota is full: memory only until a write succeeds again. */
  | 'quota-exceeded'
  /** Some saved entries were invalid and were dropped; the rest was kept. */
  | 'stored-repaired'
  /** The saved value could not be read at all; it was set aside and progress started afresh. */
  | 'stored-set-aside'
  /** Saved by a newer version of the course: left untouched, and nothing is saved over it. */
  | 'stored-newer';

export interface ProgressNotice {
  kind: ProgressNoticeKind;
  problems: Problem[];
}

export interface Loaded {
  value: ProgressV1;
  notice: ProgressNotice | null;
  /** Write back now: the value was migrated, repaired or set aside. */
  rewrite: boolean;
  /** Never write: the stored value belongs to a newer version. */
  readOnly: boolean;
  /** The version-0 key to remove once version 1 is safely written. */
  legacyKey: string | null;
}

const fresh = (notice: ProgressNotice | null, readOnly = false): Loaded => ({
  value: emptyProgress(),
  notice,
  rewrite: false,
  readOnly,
  legacyKey: null,
});

/** Reads, validates and migrates what is stored; never throws, whatever storage does. */
export function loadProgress(storage: Storage | null): Loaded {
  if (!storage) return fresh({ kind: 'storage-unavailable', problems: [] });
  try {
    const raw = storage.getItem(PROGRESS_KEY);
    if (raw === null) return loadLegacy(storage);
    const parsed = parseProgressText(raw);
    if (parsed.ok) {
      const repaired = parsed.problems.length > 0;
      const notice = repaired
        ? { kind: 'stored-repaired' as const, problems: parsed.problems }
        : null;
      return { value: parsed.value, notice, rewrite: repaired, readOnly: false, legacyKey: null };
    }
    if (parsed.problems.some((p) => p.code === 'newer-version'))
      return fresh({ kind: 'stored-newer', problems: parsed.problems }, true);
    keepAside(storage, raw);
    return { ...fresh({ kind: 'stored-set-aside', problems: parsed.problems }), rewrite: true };
  } catch (error) {
    return fresh(storageFailure(error));
  }
}

function loadLegacy(storage: Storage): Loaded {
  const locale = storage.getItem(LEGACY_LOCALE_KEY);
  if (locale === null) return fresh(null);
  const { value, problems } = migrateV0({ version: 0, locale });
  const notice = problems.length > 0 ? { kind: 'stored-repaired' as const, problems } : null;
  return { value, notice, rewrite: true, readOnly: false, legacyKey: LEGACY_LOCALE_KEY };
}

/** A failure here costs only the copy of unreadable data, so it does not stop the fresh start. */
function keepAside(storage: Storage, raw: string): void {
  try {
    storage.setItem(SET_ASIDE_KEY, raw);
  } catch {
    // See above.
  }
}

/** Writes the document; returns why it could not, or null. */
export function saveProgress(storage: Storage | null, value: ProgressV1): ProgressNotice | null {
  if (!storage) return { kind: 'storage-unavailable', problems: [] };
  try {
    storage.setItem(PROGRESS_KEY, serialiseProgress(value));
    return null;
  } catch (error) {
    return storageFailure(error);
  }
}

/** Removes a key, ignoring failure: what is left behind is harmless, and retried on next load. */
export function forget(storage: Storage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // See above.
  }
}

/**
 * Browsers name a full quota differently: the standard DOMException name, and Firefox's older
 * NS_ERROR_DOM_QUOTA_REACHED (https://developer.mozilla.org/docs/Web/API/QuotaExceededError).
 */
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function storageFailure(error: unknown): ProgressNotice {
  const name = typeof error === 'object' && error !== null ? (error as Error).name : '';
  return {
    kind: QUOTA_ERROR_NAMES.has(name) ? 'quota-exceeded' : 'storage-unavailable',
    problems: [],
  };
}

export function isStorageFailure(notice: ProgressNotice | null): boolean {
  return notice?.kind === 'storage-unavailable' || notice?.kind === 'quota-exceeded';
}
