import { SCHEMA_VERSION } from './schema.ts';

/**
 * Where the database bytes live between visits. The key carries the schema version, so a copy
 * saved by an older version of the app is never opened as the current schema.
 */
export const SNAPSHOT_KEY = `predictions-v${SCHEMA_VERSION}`;

export interface SnapshotStore {
  /** What is saved under SNAPSHOT_KEY (undefined when nothing is); rejects if storage fails. */
  load(): Promise<unknown>;
  save(bytes: Uint8Array): Promise<void>;
  /** Keeps a value that could not be opened under a new backup key, and returns that key. */
  setAside(value: unknown): Promise<string>;
}

/** The key a set-aside copy is kept under: never overwritten by a later one. */
export function backupKey(nowMs: number): string {
  return `${SNAPSHOT_KEY}.corrupt.${new Date(nowMs).toISOString()}`;
}
