import type { SqlJsStatic } from 'sql.js';
import { StoreError } from './store-error.ts';
import { StoreSession } from './store-session.ts';
import type { SnapshotStore } from './snapshot-store.ts';
import type {
  StoreArgs,
  StoreMethod,
  StoreRequest,
  StoreResponse,
  StoreResult,
  StoreStatus,
  StoreWorkerMessage,
} from './protocol.ts';

export interface StoreServiceDeps {
  loadSql: () => Promise<SqlJsStatic>;
  openSnapshots: () => Promise<SnapshotStore>;
  post: (message: StoreWorkerMessage) => void;
}

type Handlers = {
  [M in StoreMethod]: (args: StoreArgs<M>) => StoreResult<M> | Promise<StoreResult<M>>;
};

/**
 * The store worker's logic, apart from the worker itself so that Node tests can drive it through
 * a MessageChannel. Requests are handled one at a time in arrival order: sql.js is synchronous
 * anyway, and a publish answers only once its save has been attempted, so that when the caller
 * hears "published" any notice about saving it has already been posted.
 */
export class StoreService {
  private session: StoreSession | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: StoreServiceDeps) {}

  /** Takes one incoming message (anything: it is checked) and answers it in turn. */
  receive(data: unknown): Promise<void> {
    // `handle` never rejects, and a failed post is answered as an error: the queue must not
    // reject, or every later request would be dropped.
    this.queue = this.queue.then(async () => {
      const response = await this.handle(data);
      try {
        this.deps.post(response);
      } catch (error) {
        const value = StoreError.from(error).toValue();
        this.deps.post({ ...response, ok: false, error: value } as StoreResponse);
      }
    });
    return this.queue;
  }

  async handle(data: unknown): Promise<StoreResponse> {
    const request = data as Partial<StoreRequest> | null;
    const id = typeof request?.id === 'number' ? request.id : -1;
    const method = request?.method;
    if (id < 0 || typeof method !== 'string' || !Object.hasOwn(this.handlers, method)) {
      const error = new StoreError('invalid-input', 'not a store request', 'request');
      return { type: 'response', id, method: null, ok: false, error: error.toValue() };
    }
    try {
      const handler = this.handlers[method] as (args: unknown) => unknown;
      const value = await handler(request?.args ?? null);
      // The method and its value come from the same handler entry, so they correspond.
      return { type: 'response', id, method, ok: true, value } as StoreResponse;
    } catch (error) {
      return { type: 'response', id, method, ok: false, error: StoreError.from(error).toValue() };
    }
  }

  private readonly handlers: Handlers = {
    open: async (args) => {
      if (this.session !== null) return this.status();
      const sql = await this.deps.loadSql().catch((error: unknown) => {
        throw StoreError.from(error, 'worker-failed');
      });
      this.session = await StoreSession.open({
        sql,
        openSnapshots: args?.persist === false ? null : this.deps.openSnapshots,
        retention: args?.retention,
        onNotice: (notice) => this.deps.post({ type: 'notice', notice }),
      });
      return this.status();
    },
    createRun: (args) => this.mutate((s) => s.store.createRun(args)),
    writePredictions: (args) => this.mutate((s) => s.store.writePredictions(args.runId, args.rows)),
    publishRun: async (args) => {
      const session = this.current();
      const result = session.store.publishRun(args.runId, args.publishedAtMs);
      session.changed();
      await session.saveNow();
      return result;
    },
    discardRun: (args) =>
      this.mutate((s) => {
        s.store.discardRun(args.runId);
        return null;
      }),
    runs: () => this.current().store.runs(),
    lookup: (args) => this.current().store.lookup(args.entityId),
    topK: (args) => this.current().store.topK(args.runId, args.k),
    query: (args) => this.current().store.query(args.sql, args.params ?? []),
    status: () => this.status(),
    flush: async () => {
      await this.current().saveNow();
      return this.status();
    },
  };

  private mutate<T>(change: (session: StoreSession) => T): T {
    const session = this.current();
    const result = change(session);
    session.changed();
    return result;
  }

  private current(): StoreSession {
    if (this.session === null) throw new StoreError('closed', 'the store is not open yet');
    return this.session;
  }

  private status(): StoreStatus {
    const session = this.current();
    return {
      persistence: session.persistence,
      retention: session.store.retention,
      notices: [...session.notices],
    };
  }
}
