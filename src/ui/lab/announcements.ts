import type { LabSnapshot } from '../../worker/lab-protocol.ts';

/**
 * What the live region says, decided from successive snapshots: only changes are announced (an
 * SLO breached, then met again; lag starting or stopping to grow; runs overlapping or skipped),
 * so a screen reader hears events, not a stream of numbers.
 */
export type Announcement =
  | { kind: 'sloBreached' | 'sloMet'; p99Ms: number; sloMs: number }
  | { kind: 'lagGrowing' | 'lagShrinking'; lag: number }
  | { kind: 'overlapping'; runs: number }
  | { kind: 'skipped'; runs: number }
  | { kind: 'finished' };

/** Lag counts as growing when it rose over the last LAG_WINDOW series points by LAG_RISE. */
const LAG_WINDOW = 8;
const LAG_RISE = 1.1;

export class Announcer {
  private sloBreached = false;
  private lagGrowing = false;
  private overlapping = 0;
  private skipped = 0;
  private finished = false;

  /** The announcements this snapshot brings, in order (usually none). */
  update(snapshot: LabSnapshot, sloMs: number): Announcement[] {
    const out: Announcement[] = [];
    const online =
      snapshot.mode === 'online'
        ? snapshot.online
        : snapshot.mode === 'compare'
          ? snapshot.compare.online
          : null;
    const streaming =
      snapshot.mode === 'streaming'
        ? snapshot.streaming
        : snapshot.mode === 'compare'
          ? snapshot.compare.streaming
          : null;
    const batch =
      snapshot.mode === 'batch'
        ? snapshot.batch
        : snapshot.mode === 'compare'
          ? snapshot.compare.batch
          : null;
    if (online && online.report.counts.completed > 0) {
      const p99Ms = online.report.latencyMs.p99;
      const breached = p99Ms > sloMs;
      if (breached !== this.sloBreached)
        out.push({ kind: breached ? 'sloBreached' : 'sloMet', p99Ms, sloMs });
      this.sloBreached = breached;
    }
    if (streaming) {
      const lag = streaming.report.series?.values.lag ?? [];
      const growing =
        lag.length > LAG_WINDOW &&
        lag[lag.length - 1] > 0 &&
        lag[lag.length - 1] > LAG_RISE * lag[lag.length - 1 - LAG_WINDOW];
      const now = streaming.report.streaming.lag.final;
      if (growing !== this.lagGrowing)
        out.push({ kind: growing ? 'lagGrowing' : 'lagShrinking', lag: now });
      this.lagGrowing = growing;
    }
    if (batch) {
      const running = batch.runs.filter((r) => r.outcome === 'running').length;
      if (running >= 2 && running !== this.overlapping)
        out.push({ kind: 'overlapping', runs: running });
      this.overlapping = running >= 2 ? running : 0;
      const skipped = batch.report.batch.runsSkipped;
      if (skipped > this.skipped) out.push({ kind: 'skipped', runs: skipped - this.skipped });
      this.skipped = skipped;
    }
    const finished = snapshot.session === 'finished';
    if (finished && !this.finished) out.push({ kind: 'finished' });
    this.finished = finished;
    if (snapshot.nowMs === 0) this.reset();
    return out;
  }

  private reset(): void {
    this.sloBreached = false;
    this.lagGrowing = false;
    this.overlapping = 0;
    this.skipped = 0;
    this.finished = false;
  }
}
