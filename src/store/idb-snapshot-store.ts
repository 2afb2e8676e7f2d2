import { backupKey, SNAPSHOT_KEY, type SnapshotStore } from './snapshot-store.ts';
import { withTimeout } from './with-timeout.ts';

/** A database of its own, so no other part of the app's storage shares its version upgrades. */
const DB_NAME = 'tipos-de-despliegue.prediction-store';
const DB_VERSION = 1;
const OBJECT_STORE = 'snapshots';
const OPEN_TIMEOUT_MS = 5000;

/**
 * The database bytes in IndexedDB (available in workers, unlike localStorage, and made for
 * megabytes of binary data). Rejects when IndexedDB is missing or cannot be opened.
 */
export async function openIdbSnapshotStore(): Promise<SnapshotStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available here');
  const db = await withTimeout(openDatabase(), OPEN_TIMEOUT_MS, 'Opening IndexedDB');
  return {
    load: () => read(db, SNAPSHOT_KEY),
    save: (bytes) => write(db, SNAPSHOT_KEY, bytes),
    async setAside(value) {
      const key = backupKey(Date.now());
      await write(db, key, value);
      return key;
    },
  };
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => request.result.createObjectStore(OBJECT_STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another tab of a newer version wants to upgrade: step aside rather than block it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function read(db: IDBDatabase, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(OBJECT_STORE, 'readonly').objectStore(OBJECT_STORE).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });
}

/**
 * Resolves when the transaction commits. A full quota usually shows up only then, as the
 * transaction's error when it aborts, not at `put`; `put` itself throws for a value that cannot
 * be stored. Both reject.
 */
function write(db: IDBDatabase, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(OBJECT_STORE, 'readwrite');
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    try {
      transaction.objectStore(OBJECT_STORE).put(value, key);
    } catch (error) {
      reject(error);
      try {
        transaction.abort();
      } catch {
        /* already finished: nothing was written either way */
      }
    }
  });
}
