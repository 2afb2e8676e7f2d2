/**
 * The simulated clock a strip shows, and the glide that moves it smoothly between two snapshots.
 *
 * The page receives about ten snapshots a second (lab-client.svelte.ts); drawn as they come, a
 * sweep or a log would move in visible jumps. `SnapshotGlide` draws the values of the previous
 * snapshot sliding to those of the latest over the time that separated them: the picture runs one
 * snapshot behind, but never overshoots what the engine computed and never goes backwards.
 */
import type { Locale } from '../../../locale/locales.ts';
import { numberFormat } from '../../../locale/number-format.ts';
import { UNIT_MS } from '../../../locale/time-units.ts';

type IntlUnit = 'day' | 'hour' | 'minute' | 'second';

/** Largest first, each with the one below it, as a clock is read ("2 h 15 min"). */
const UNITS: ReadonlyArray<readonly [IntlUnit, number]> = [
  ['day', UNIT_MS.d],
  ['hour', UNIT_MS.h],
  ['minute', UNIT_MS.min],
  ['second', UNIT_MS.s],
];

function unitText(locale: Locale, value: number, unit: IntlUnit | 'millisecond'): string {
  // The same Intl unit style as formatDuration (src/ui/lab/format-time.ts) and the playback bar.
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/**
 * A clock reading in whole units, the largest that fits and the next one when not zero: "350 ms",
 * "42 s", "2 h 15 min", "3 d 4 h". Rounded down, as a clock is: it never shows a minute early.
 */
export function clockReading(locale: Locale, ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const t = Math.max(0, ms);
  if (t < UNIT_MS.s) return unitText(locale, Math.floor(t), 'millisecond');
  const i = UNITS.findIndex(([, size]) => t >= size);
  const [unit, size] = UNITS[i];
  const whole = Math.floor(t / size);
  const next = UNITS[i + 1];
  const rest = next ? Math.floor((t - whole * size) / next[1]) : 0;
  const first = unitText(locale, whole, unit);
  return rest > 0 && next ? `${first} ${unitText(locale, rest, next[0])}` : first;
}

/** A glide never lasts longer than this (a late snapshot after a pause must not crawl), wall ms. */
export const MAX_GLIDE_MS = 250;

/**
 * Values (the simulated time first, then whatever a strip interpolates: offsets...) gliding from
 * one snapshot to the next. Wall times are the page's clock (performance.now() or a frame's
 * timestamp), passed in so tests never wait.
 */
export class SnapshotGlide {
  private from: number[] = [];
  private to: number[] = [];
  private startWall = 0;
  private spanWall = 0;
  private lastWall: number | null = null;

  /**
   * A snapshot brought `values` at `wallMs`. The glide restarts from where the drawing is now;
   * it jumps instead when the values do not continue the previous ones (another length, or the
   * simulated time went back: a new run).
   */
  update(values: readonly number[], wallMs: number): void {
    const current = this.lastWall === null ? null : this.at(wallMs);
    const jump = current === null || current.length !== values.length || values[0] < current[0];
    if (jump) {
      this.from = [...values];
      this.spanWall = 0;
    } else {
      this.from = current;
      this.spanWall = Math.min(MAX_GLIDE_MS, Math.max(1, wallMs - (this.lastWall ?? wallMs)));
    }
    this.to = [...values];
    this.startWall = wallMs;
    this.lastWall = wallMs;
  }

  /** How far the glide is at `wallMs`, 0 to 1. */
  fraction(wallMs: number): number {
    if (this.spanWall <= 0) return 1;
    return Math.min(1, Math.max(0, (wallMs - this.startWall) / this.spanWall));
  }

  /** The values to draw at `wallMs` (empty before the first snapshot). */
  at(wallMs: number): number[] {
    const f = this.fraction(wallMs);
    if (f >= 1) return [...this.to];
    return this.to.map((v, i) => this.from[i] + (v - this.from[i]) * f);
  }

  /** Whether the latest snapshot is reached, so no frame needs drawing for the glide. */
  settled(wallMs: number): boolean {
    return this.fraction(wallMs) >= 1;
  }
}
