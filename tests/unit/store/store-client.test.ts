import { afterEach, describe, expect, it } from 'vitest';
import { StoreClient, type StoreWorkerLike } from '../../../src/lab/store-client.ts';
import { StoreService, type StoreServiceDeps } from '../../../src/store/store-service.ts';
import { StoreError } from '../../../src/store/store-error.ts';
import type { SnapshotStore } from '../../../src/store/snapshot-store.ts';
import type { StoreWorkerMessage } from '../../../src/store/protocol.ts';
import { bookingId, bookings, loadSql } from './store-fixtures.ts';

const opened: StoreClient[] = [];
afterEach(() => {
  for (const client of opened.splice(0)) client.close();
});

/** A snapshot store whose saves fail the way a full browser quota does. */
const fullQuota: SnapshotStore = {
  load: async () => undefined,
  save: async () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  setAside: async () => 'unused',
};
const empty: SnapshotStore = {
  load: async () => undefined,
  save: async () => {},
  setAside: async () => '',
};

/**
 * The store worker without a worker: StoreService at the other end of a MessageChannel, so every
 * request and answer is structured-cloned exactly as between threads.
 */
function channelWorker(deps: Partial<Omit<StoreServiceDeps, 'post'>> = {}): StoreWorkerLike {
  const { port1, port2 } = new MessageChannel();
  const service = new StoreService({
    loadSql,
    openSnapshots: async () => empty,
    ...deps,
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

async function openClient(worker: StoreWorkerLike, retention?: number): Promise<StoreClient> {
  const client = await StoreClient.open({ retention }, worker);
  opened.push(client);
  return client;
}

describe('the store client, through the worker protocol', () => {
  it('writes, publishes, looks up and queries, each answer a plain value', async () => {
    const client = await openClient(channelWorker());
    expect(await client.status()).toEqual({ persistence: 'indexeddb', retention: 3, notices: [] });

    const run = await client.createRun({ model: 'cancellation-v1', startedAtMs: 0 });
    const rows = bookings(1000);
    expect(await client.writePredictions(run.runId, rows)).toMatchObject({ rowCount: 1000 });
    expect((await client.lookup(bookingId(5))).prediction).toBeNull();
    const published = await client.publishRun(run.runId, 10);
    expect(published.run.publishedAtMs).toBe(10);

    const lookup = await client.lookup(bookingId(5));
    expect(lookup.prediction?.score).toBe(rows.find((r) => r.entityId === bookingId(5))?.score);
    expect(lookup.sql).toContain('latest_predictions');
    const top = await client.topK('latest', 3);
    expect(top.predictions).toHaveLength(3);
    const blob = await client.query("SELECT x'00ff' AS b, ? AS p", ['x']);
    expect(blob.rows).toEqual([[new Uint8Array([0, 255]), 'x']]);
    expect(await client.runs()).toHaveLength(1);
  });

  it('rejects with a typed StoreError the caller can switch on', async () => {
    const client = await openClient(channelWorker());
    const refused = await client.query('DELETE FROM runs').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreError);
    expect(refused).toMatchObject({ code: 'not-a-select' });
    const invalid = await client.topK('latest', 0).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ code: 'invalid-input', field: 'k' });
    // One refused call does not disturb the next.
    expect((await client.query('SELECT 1')).rows).toEqual([[1]]);
  });

  it('answers a publish only after the notice of its failed save', async () => {
    const client = await openClient(channelWorker({ openSnapshots: async () => fullQuota }));
    const heard: string[] = [];
    client.onNotice((notice) => heard.push(notice.kind));
    const run = await client.createRun({ model: 'm', startedAtMs: 0 });
    await client.writePredictions(run.runId, bookings(10));
    await client.publishRun(run.runId, 1);

    expect(heard).toEqual(['quota-exceeded']);
    expect(client.notices.map((n) => n.kind)).toEqual(['quota-exceeded']);
    expect((await client.status()).persistence).toBe('memory');
    expect((await client.lookup(bookingId(1))).prediction).not.toBeNull();
  });

  it('reports a store it cannot open, and a bad retention, as errors', async () => {
    const failing = channelWorker({
      loadSql: () => Promise.reject(new Error('wasm fetch failed: 404')),
    });
    await expect(StoreClient.open({}, failing)).rejects.toMatchObject({ code: 'worker-failed' });
    await expect(StoreClient.open({ retention: 0 }, channelWorker())).rejects.toMatchObject({
      code: 'invalid-input',
      field: 'retention',
    });
  });

  it('fails every waiting and later call when the worker dies, instead of hanging', async () => {
    let raiseError: (event: Event) => void = () => {};
    const posted: unknown[] = [];
    const deadWorker: StoreWorkerLike = {
      postMessage: (message) => posted.push(message),
      addEventListener: (type: string, listener: (event: never) => void) => {
        if (type === 'error') raiseError = listener as (event: Event) => void;
      },
      terminate: () => {},
    };
    const opening = StoreClient.open({}, deadWorker);
    raiseError(new Event('error'));
    await expect(opening).rejects.toMatchObject({ code: 'worker-failed' });
    expect(posted).toHaveLength(1);
  });

  it('refuses arguments that cannot cross threads, and carries on', async () => {
    const client = await openClient(channelWorker());
    const run = await client.createRun({ model: 'm', startedAtMs: 0 });
    const rows = [{ entityId: 'a', score: 1, features: { f: () => 1 } }] as never;
    await expect(client.writePredictions(run.runId, rows)).rejects.toMatchObject({
      code: 'invalid-input',
      field: 'args',
    });
    expect(await client.runs()).toHaveLength(1);
  });

  it('refuses calls after close', async () => {
    const client = await openClient(channelWorker());
    client.close();
    await expect(client.runs()).rejects.toMatchObject({ code: 'closed' });
  });
});

describe('the store service', () => {
  const service = (): { handle: StoreService['handle']; posted: StoreWorkerMessage[] } => {
    const posted: StoreWorkerMessage[] = [];
    const s = new StoreService({
      loadSql,
      openSnapshots: async () => empty,
      post: (m) => posted.push(m),
    });
    return { handle: (data) => s.handle(data), posted };
  };

  it('answers a malformed message with an error value', async () => {
    for (const bad of [null, 'open', { id: 1, method: 'dropEverything' }, { method: 'open' }]) {
      const answer = await service().handle(bad);
      expect(answer).toMatchObject({
        type: 'response',
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
  });

  it('answers with an error when an answer cannot be posted, and keeps serving', async () => {
    const posted: StoreWorkerMessage[] = [];
    let failNext = true;
    const s = new StoreService({
      loadSql,
      openSnapshots: async () => empty,
      post: (message) => {
        if (failNext) {
          failNext = false;
          throw new DOMException('could not be cloned', 'DataCloneError');
        }
        posted.push(message);
      },
    });
    await s.receive({ id: 1, method: 'open', args: {} });
    await s.receive({ id: 2, method: 'status', args: null });
    expect(posted).toMatchObject([
      { id: 1, ok: false, error: { code: 'internal' } },
      { id: 2, ok: true },
    ]);
  });

  it('refuses work before the store is open', async () => {
    const answer = await service().handle({ id: 7, method: 'lookup', args: { entityId: 'a' } });
    expect(answer).toMatchObject({ id: 7, method: 'lookup', ok: false, error: { code: 'closed' } });
  });
});
