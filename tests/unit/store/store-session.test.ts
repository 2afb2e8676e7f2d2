import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreSession, type StoreSessionOptions } from '../../../src/store/store-session.ts';
import type { SnapshotStore } from '../../../src/store/snapshot-store.ts';
import type { StorageNotice } from '../../../src/store/storage-notice.ts';
import { bookingId, bookings, loadSql, newStore, publishedRun } from './store-fixtures.ts';

const SNAPSHOT = 'predictions-v1';

/** IndexedDB stand-in: a Map, whose operations can be made to fail like a real browser's. */
class MemorySnapshots implements SnapshotStore {
  readonly values = new Map<string, unknown>();
  saves = 0;
  failSave: (() => Error) | null = null;
  failLoad: (() => Error) | null = null;
  failSetAside: (() => Error) | null = null;

  async load(): Promise<unknown> {
    if (this.failLoad) throw this.failLoad();
    return this.values.get(SNAPSHOT);
  }
  async save(bytes: Uint8Array): Promise<void> {
    if (this.failSave) throw this.failSave();
    this.saves++;
    this.values.set(SNAPSHOT, bytes);
  }
  async setAside(value: unknown): Promise<string> {
    if (this.failSetAside) throw this.failSetAside();
    const key = `${SNAPSHOT}.corrupt.${this.values.size}`;
    this.values.set(key, value);
    return key;
  }
}

const quotaError = (): Error =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function openSession(
  snapshots: MemorySnapshots | null,
  extra: Partial<StoreSessionOptions> = {},
): Promise<{ session: StoreSession; notices: StorageNotice[] }> {
  const notices: StorageNotice[] = [];
  const session = await StoreSession.open({
    sql: await loadSql(),
    openSnapshots: snapshots === null ? null : async () => snapshots,
    onNotice: (notice) => notices.push(notice),
    ...extra,
  });
  return { session, notices };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a store session saved in the browser', () => {
  it('saves after a publish and restores it in the next session', async () => {
    const snapshots = new MemorySnapshots();
    const { session: first } = await openSession(snapshots);
    expect(first.persistence).toBe('indexeddb');
    publishedRun(first.store, bookings(50), 0);
    first.changed();
    await first.saveNow();
    first.close();

    const { session: second, notices } = await openSession(snapshots);
    expect(notices).toEqual([]);
    expect(second.store.lookup(bookingId(9)).prediction?.runId).toBe(1);
  });

  it('saves once after a burst of writes, when they stop', async () => {
    vi.useFakeTimers();
    const snapshots = new MemorySnapshots();
    const { session } = await openSession(snapshots, { saveDelayMs: 1000 });
    const { runId } = session.store.createRun({ model: 'm', startedAtMs: 0 });
    for (let i = 0; i < 5; i++) {
      session.store.writePredictions(runId, bookings(10, i));
      session.changed();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(snapshots.saves).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(snapshots.saves).toBe(1);
  });

  it('does not save when nothing changed', async () => {
    const snapshots = new MemorySnapshots();
    const { session } = await openSession(snapshots);
    await session.saveNow();
    expect(snapshots.saves).toBe(0);
  });
});

describe('when browser storage fails', () => {
  it('a full quota keeps the store working in memory, with a quota-exceeded notice', async () => {
    const snapshots = new MemorySnapshots();
    snapshots.failSave = quotaError;
    const { session, notices } = await openSession(snapshots);
    publishedRun(session.store, bookings(20), 0);
    session.changed();
    await expect(session.saveNow()).resolves.toBeUndefined();

    expect(session.persistence).toBe('memory');
    expect(notices).toHaveLength(1);
    expect(notices[0].kind).toBe('quota-exceeded');
    expect(notices[0].message).toMatch(/QuotaExceededError/);
    // The predictions are still served, and later writes do not try (and fail) again.
    expect(session.store.lookup(bookingId(3)).prediction).not.toBeNull();
    publishedRun(session.store, bookings(20, 1), 1000);
    session.changed();
    await session.saveNow();
    expect(notices).toHaveLength(1);
  });

  it('any other write failure is storage-unavailable', async () => {
    const snapshots = new MemorySnapshots();
    snapshots.failSave = () => new DOMException('disk error', 'UnknownError');
    const { session, notices } = await openSession(snapshots);
    session.store.createRun({ model: 'm', startedAtMs: 0 });
    session.changed();
    await session.saveNow();
    expect(notices.map((n) => n.kind)).toEqual(['storage-unavailable']);
  });

  it('a save that never finishes counts as a failure instead of hanging', async () => {
    vi.useFakeTimers();
    const snapshots = new MemorySnapshots();
    snapshots.save = () => new Promise<void>(() => {});
    const { session, notices } = await openSession(snapshots, { saveTimeoutMs: 2000 });
    session.store.createRun({ model: 'm', startedAtMs: 0 });
    session.changed();
    const saved = session.saveNow();
    await vi.advanceTimersByTimeAsync(2000);
    await saved;
    expect(notices.map((n) => n.kind)).toEqual(['storage-unavailable']);
  });

  it('storage that cannot be opened or read gives a memory store and a notice', async () => {
    const unreadable = new MemorySnapshots();
    unreadable.failLoad = () => new DOMException('denied', 'SecurityError');
    for (const open of [
      async () => {
        throw new Error('IndexedDB is not available here');
      },
      async () => unreadable,
    ]) {
      const notices: StorageNotice[] = [];
      const session = await StoreSession.open({
        sql: await loadSql(),
        openSnapshots: open,
        onNotice: (n) => notices.push(n),
      });
      expect(session.persistence).toBe('memory');
      expect(notices.map((n) => n.kind)).toEqual(['storage-unavailable']);
      expect(() => publishedRun(session.store, bookings(5), 0)).not.toThrow();
    }
  });

  it('chosen memory mode raises no notice', async () => {
    const { session, notices } = await openSession(null);
    expect(session.persistence).toBe('memory');
    expect(notices).toEqual([]);
  });
});

describe('a corrupt saved store', () => {
  it('is kept under a backup key, and a fresh store starts, with a notice', async () => {
    const snapshots = new MemorySnapshots();
    const garbage = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) % 256);
    snapshots.values.set(SNAPSHOT, garbage);
    const { session, notices } = await openSession(snapshots);

    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'corrupt-set-aside',
      backupKey: `${SNAPSHOT}.corrupt.1`,
    });
    expect(snapshots.values.get(`${SNAPSHOT}.corrupt.1`)).toBe(garbage);
    expect(session.persistence).toBe('indexeddb');
    expect(session.store.runs()).toEqual([]);

    // The main copy is replaced by the new store at once, so the next visit finds no garbage.
    const saved = snapshots.values.get(SNAPSHOT) as Uint8Array;
    expect(saved).not.toBe(garbage);
    const next = await openSession(snapshots);
    expect(next.notices).toEqual([]);
    expect(snapshots.values.get(`${SNAPSHOT}.corrupt.1`)).toBe(garbage);
  });

  it('a saved value that is not bytes at all is set aside too', async () => {
    const snapshots = new MemorySnapshots();
    snapshots.values.set(SNAPSHOT, { something: 'else' });
    const { notices } = await openSession(snapshots);
    expect(notices.map((n) => n.kind)).toEqual(['corrupt-set-aside']);
  });

  it('is never overwritten when it cannot be set aside: the session stays in memory', async () => {
    const snapshots = new MemorySnapshots();
    const garbage = new TextEncoder().encode('garbage');
    snapshots.values.set(SNAPSHOT, garbage);
    snapshots.failSetAside = quotaError;
    const { session, notices } = await openSession(snapshots);
    expect(notices.map((n) => n.kind)).toEqual(['quota-exceeded']);
    expect(session.persistence).toBe('memory');
    publishedRun(session.store, bookings(5), 0);
    session.changed();
    await session.saveNow();
    expect(snapshots.values.get(SNAPSHOT)).toBe(garbage);
  });

  it('a good saved store of a larger retention is pruned to the new one on restore', async () => {
    const snapshots = new MemorySnapshots();
    const store = await newStore({ retention: 4 });
    for (let i = 0; i < 4; i++) publishedRun(store, bookings(3, i), i * 1000);
    snapshots.values.set(SNAPSHOT, store.export());
    const { session } = await openSession(snapshots, { retention: 1 });
    expect(session.store.runs().map((r) => r.runId)).toEqual([4]);
  });
});
