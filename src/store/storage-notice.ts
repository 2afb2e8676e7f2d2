/**
 * Why predictions are only kept in memory for now. The UI shows a translated message for `kind`;
 * `message` is the underlying detail, for developers.
 */
export type StorageNoticeKind =
  /** IndexedDB is missing, blocked or failing (private mode, disabled storage, a broken disk). */
  | 'storage-unavailable'
  /** The browser's storage quota for the site is full. */
  | 'quota-exceeded'
  /** The saved database could not be opened; it was kept under `backupKey` and a new one started. */
  | 'corrupt-set-aside';

export interface StorageNotice {
  kind: StorageNoticeKind;
  message: string;
  backupKey?: string;
}

/**
 * Browsers name a full quota differently: the standard DOMException name, and Firefox's older
 * NS_ERROR_DOM_QUOTA_REACHED (https://developer.mozilla.org/docs/Web/API/QuotaExceededError).
 */
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** The notice for a failed storage operation: a full quota, or storage that does not work. */
export function storageFailureNotice(error: unknown, doing: string): StorageNotice {
  const name = typeof error === 'object' && error !== null ? (error as Error).name : '';
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: QUOTA_ERROR_NAMES.has(name) ? 'quota-exceeded' : 'storage-unavailable',
    message: `${doing} failed (${name || 'error'}: ${detail}); keeping predictions in memory only`,
  };
}
