import { StoreService } from '../store/store-service.ts';
import { loadSqlJsBrowser } from '../store/sqljs-browser.ts';
import { openIdbSnapshotStore } from '../store/idb-snapshot-store.ts';
import type { StoreWorkerMessage } from '../store/protocol.ts';

/**
 * The prediction store in its own thread: SQLite's writes (100,000 rows take a fraction of a
 * second, saving the database to IndexedDB a few more ms) never block the page. The logic is
 * StoreService; this file only connects it to the worker's messages.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const service = new StoreService({
  loadSql: loadSqlJsBrowser,
  openSnapshots: openIdbSnapshotStore,
  post: (message: StoreWorkerMessage) => scope.postMessage(message),
});

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  void service.receive(event.data);
});
