/** One batch run as the Gantt chart draws it. */
export interface BatchRunRecord {
  runId: number;
  /** The schedule tick it belongs to, ms. */
  scheduledMs: number;
  /** First attempt's start; null while it waits in the backlog or when skipped. */
  startMs: number | null;
  /** When it published, failed for good, or was skipped; null while it goes on. */
  endMs: number | null;
  outcome: 'queued' | 'running' | 'succeeded' | 'failed' | 'skipped';
  attempts: number;
  /** Rows the run scores (the events it read at its start); 0 until it starts. */
  rows: number;
}

/**
 * The most recent batch runs as a Gantt chart draws them, with bounded memory: a ring of
 * `capacity` records indexed by run id. Every schedule tick makes exactly one run (started,
 * skipped or queued), and run ids are tick numbers, so records are created in id order and the
 * ring always holds the newest `capacity` ids; a run whose record has been overwritten (a backlog
 * longer than the ring) is simply no longer shown.
 */
export class BatchRunLog {
  private readonly ring: Array<BatchRunRecord | undefined>;
  /** One past the newest run id recorded. */
  private end = 0;

  constructor(readonly capacity = 1024) {
    this.ring = new Array<BatchRunRecord | undefined>(capacity);
  }

  /** A tick has made run `runId`: started at once, skipped, or put in the backlog. */
  scheduled(runId: number, atMs: number, outcome: 'running' | 'skipped' | 'queued'): void {
    this.ring[runId % this.capacity] = {
      runId,
      scheduledMs: atMs,
      startMs: outcome === 'running' ? atMs : null,
      endMs: outcome === 'skipped' ? atMs : null,
      outcome,
      attempts: 0,
      rows: 0,
    };
    this.end = Math.max(this.end, runId + 1);
  }

  /** A queued run leaves the backlog. */
  started(runId: number, nowMs: number): void {
    const record = this.find(runId);
    if (record === undefined) return;
    record.startMs = nowMs;
    record.outcome = 'running';
  }

  /** The rows a run read when it started. */
  rowsRead(runId: number, rows: number): void {
    const record = this.find(runId);
    if (record !== undefined) record.rows = rows;
  }

  attempt(runId: number, attempts: number): void {
    const record = this.find(runId);
    if (record !== undefined) record.attempts = attempts;
  }

  ended(runId: number, outcome: 'succeeded' | 'failed', endMs: number, attempts: number): void {
    const record = this.find(runId);
    if (record === undefined) return;
    record.outcome = outcome;
    record.endMs = endMs;
    record.attempts = attempts;
  }

  /** Up to `limit` (at most `capacity`) of the newest runs, oldest first, as copies. */
  recent(limit: number): BatchRunRecord[] {
    const count = Math.max(0, Math.min(Math.floor(limit), this.capacity, this.end));
    const out: BatchRunRecord[] = [];
    for (let id = this.end - count; id < this.end; id++) {
      const record = this.find(id);
      if (record !== undefined) out.push({ ...record });
    }
    return out;
  }

  private find(runId: number): BatchRunRecord | undefined {
    const record = this.ring[runId % this.capacity];
    return record !== undefined && record.runId === runId ? record : undefined;
  }
}
