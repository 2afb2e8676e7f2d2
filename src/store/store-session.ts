import type { SqlJsStatic } from 'sql.js';
import { checkRetention, PredictionStore } from './prediction-store.ts';
import { StoreError } from './store-error.ts';
import { storageFailureNotice, type StorageNotice } from './storage-notice.ts';
import type { SnapshotStore } from './snapshot-store.ts';
import { withTimeout } from './with-timeout.ts';

/** Where the predictions are kept: saved in the browser, or in memory only (lost on reload). */
export type PersistenceMode = 'indexeddb' | 'memory';

export interface StoreSessionOptions {
  sql: SqlJsStatic;
  /** Opens the browser storage; null keeps the store in memory on purpose (no notice). */
  openSnapshots: (() => Promise<SnapshotStore>) | null;
  retention?: number;
  /** Quiet time after a write before the database is saved, ms. */
  saveDelayMs?: number;
  /** Longest a save may take before storage counts as failed, ms. */
  saveTimeoutMs?: number;
  onNotice?: (notice: StorageNotice) => void;
}

const SAVE_DELAY_MS = 1000;
const SAVE_TIMEOUT_MS = 10_000;

/**
 * A PredictionStore restored from browser storage and saved back to it, which degrades to memory
 * instead of failing: storage that cannot be opened, read or written (a full quota included)
 * leaves a working in-memory store and a notice, never an error the lab has to handle.
 *
 * Saving is a whole-database export (SQLite in sql.js has no incremental file to sync), so it is
 * debounced after writes and done at once after a publish, when the data becomes worth keeping.
 */
export class StoreSession {
  readonly notices: StorageNotice[] = [];
  private mode: PersistenceMode;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    readonly store: PredictionStore,
    private readonly snapshots: SnapshotStore | null,
    private readonly options: StoreSessionOptions,
    notices: StorageNotice[],
  ) {
    this.mode = snapshots === null ? 'memory' : 'indexeddb';
    for (const notice of notices) this.notify(notice);
  }

  static async open(options: StoreSessionOptions): Promise<StoreSession> {
    const { sql, openSnapshots } = options;
    // Checked first so that a bad retention is an error, whatever the state of the storage.
    const storeOptions = { retention: checkRetention(options.retention) };
    const fresh = (): PredictionStore => PredictionStore.create(sql, storeOptions);
    if (openSnapshots === null) return new StoreSession(fresh(), null, options, []);

    let snapshots: SnapshotStore;
    let saved: unknown;
    try {
      snapshots = await openSnapshots();
      saved = await withTimeout(snapshots.load(), timeoutOf(options), 'Reading the saved store');
    } catch (error) {
      // Nothing is overwritten: a store we could not read may still hold a good copy.
      const notice = storageFailureNotice(error, 'Opening the saved prediction store');
      return new StoreSession(fresh(), null, options, [notice]);
    }
    if (saved === undefined) return new StoreSession(fresh(), snapshots, options, []);

    try {
      if (!(saved instanceof Uint8Array)) {
        throw new StoreError('corrupt-database', 'the saved value is not database bytes');
      }
      return new StoreSession(
        PredictionStore.fromBytes(sql, saved, storeOptions),
        snapshots,
        options,
        [],
      );
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'corrupt-database')) throw error;
      return StoreSession.setAside(saved, error, snapshots, options, fresh());
    }
  }

  /** Keeps unreadable bytes under a backup key and starts afresh; never drops the only copy. */
  private static async setAside(
    saved: unknown,
    reason: StoreError,
    snapshots: SnapshotStore,
    options: StoreSessionOptions,
    store: PredictionStore,
  ): Promise<StoreSession> {
    try {
      const key = await withTimeout(snapshots.setAside(saved), timeoutOf(options), 'Backing up');
      const notice: StorageNotice = {
        kind: 'corrupt-set-aside',
        message: `The saved prediction store could not be opened (${reason.message}); it was kept under "${key}" and a new store was started`,
        backupKey: key,
      };
      const session = new StoreSession(store, snapshots, options, [notice]);
      // Replace the unreadable copy now, or every visit until the first change would find it
      // and set it aside again.
      session.changed();
      await session.saveNow();
      return session;
    } catch (error) {
      // Saving over the unreadable copy would lose it: stay in memory instead.
      const notice = storageFailureNotice(error, 'Setting the unreadable saved store aside');
      return new StoreSession(store, null, options, [notice]);
    }
  }

  get persistence(): PersistenceMode {
    return this.mode;
  }

  /** Something changed: save after a quiet time. */
  changed(): void {
    this.dirty = true;
    if (this.mode === 'memory') return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), this.options.saveDelayMs ?? SAVE_DELAY_MS);
  }

  /**
   * Saves now if anything changed, after any save in progress. Never rejects: a failure switches
   * the session to memory and raises a notice.
   */
  saveNow(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.saving = this.saving.then(() => this.writeSnapshot());
    return this.saving;
  }

  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.store.close();
  }

  private async writeSnapshot(): Promise<void> {
    if (this.mode === 'memory' || this.snapshots === null || !this.dirty) return;
    this.dirty = false;
    try {
      const bytes = exactBytes(this.store.export());
      await withTimeout(this.snapshots.save(bytes), timeoutOf(this.options), 'Saving the store');
    } catch (error) {
      // The store itself is fine; only keeping it failed. Later saves would most likely fail the
      // same way (a full quota stays full), so the session stays in memory from here on.
      this.mode = 'memory';
      this.notify(storageFailureNotice(error, 'Saving the prediction store'));
    }
  }

  private notify(notice: StorageNotice): void {
    this.notices.push(notice);
    this.options.onNotice?.(notice);
  }
}

function timeoutOf(options: StoreSessionOptions): number {
  return options.saveTimeoutMs ?? SAVE_TIMEOUT_MS;
}

/**
 * sql.js exports a view into a larger buffer; structured cloning (IndexedDB, postMessage) copies
 * the whole buffer, so save a copy of exactly the database's bytes.
 */
function exactBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes
    : bytes.slice();
}
