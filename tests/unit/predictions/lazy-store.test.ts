import { describe, expect, it } from 'vitest';
import { StoreClient, type StoreWorkerLike } from '../../../src/lab/store-client.ts';
import { StoreService } from '../../../src/store/store-service.ts';
import type { SnapshotStore } from '../../../src/store/snapshot-store.ts';
import type { StorageNotice } from '../../../src/store/storage-notice.ts';
import { LazyStore } from '../../../src/lab/predictions/store-session-port.ts';
import { loadSql } from '../store/store-fixtures.ts';
import { until } from './fakes.ts';

/** The store worker over a MessageChannel, as in tests/unit/store/store-client.test.ts. */
function channelWorker(snapshots: SnapshotStore): StoreWorkerLike {
  const { port1, port2 } = new MessageChannel();
  const service = new StoreService({
    loadSql,
    openSnapshots: async () => snapshots,
    post: (message) => port2.postMessage(message),
  });
  port2.addEventListener('message', (event) => void service.receive(event.data));
  port2.start();
  port1.start();
  return {
    postMessage: (message) => port1.postMessage(message),
    addEventListener: (type: string, listener: (event: never) => void) => {
      if (type === 'message') port1.addEventListener('message', listener as (e: Event) => void);
    },
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
}

const fullQuota: SnapshotStore = {
  load: async () => undefined,
  save: async () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  setAside: async () => 'unused',
};

describe('LazyStore', () => {
  it('opens the store on first use only, and reports where it keeps predictions', async () => {
    let opened = 0;
    const statuses: Array<{ persistence: string; notices: StorageNotice[] }> = [];
    const store = new LazyStore(
      (status) => statuses.push(status),
      {},
      (options) => {
        opened++;
        return StoreClient.open(options, channelWorker(fullQuota));
      },
    );
    expect(opened).toBe(0);
    const run = await store.createRun({ model: 'hotel-cancellations-large', startedAtMs: 5 });
    expect(opened).toBe(1);
    expect(statuses).toEqual([{ persistence: 'indexeddb', notices: [] }]);
    await store.writePredictions(run.runId, [{ entityId: 'booking-1', score: 0.9 }]);
    await store.publishRun(run.runId, 6);
    await until(() => statuses.length === 2);
    expect(statuses[1]).toMatchObject({
      persistence: 'memory',
      notices: [{ kind: 'quota-exceeded' }],
    });
    const result = await store.query('SELECT entity_id FROM predictions WHERE run_id = ?', [
      run.runId,
    ]);
    expect(result.rows).toEqual([['booking-1']]);
    expect(opened).toBe(1);
    store.close();
    await expect(store.query('SELECT 1')).rejects.toMatchObject({ code: 'closed' });
  });

  it('tries to open again after a failed start', async () => {
    let attempts = 0;
    const store = new LazyStore(undefined, {}, async (options) => {
      attempts++;
      if (attempts === 1) throw new Error('worker could not start');
      return StoreClient.open(options, channelWorker(fullQuota));
    });
    await expect(store.query('SELECT 1')).rejects.toThrow('worker could not start');
    expect((await store.query('SELECT 1')).rows).toEqual([[1]]);
    store.close();
  });
});
