/**
 * Simulated time on an axis: the unit a person expects for the span shown (ms for a sub-second
 * window, s, min, h, then days for a week of nightly batch runs) and round ticks in that unit. The
 * span decides the unit, not the data, so the axis keeps its unit while a run fills it.
 */
import { scaleLinear } from 'd3';
import type { TimeUnit } from './chart-text.ts';

export const UNIT_MS: Record<TimeUnit, number> = {
  ms: 1,
  s: 1_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const LARGEST_FIRST: TimeUnit[] = ['d', 'h', 'min', 's', 'ms'];

/**
 * The largest unit in which the span is at least two units long: 90 s stays in seconds (1.5 min
 * would give ticks at awkward fractions), 3 min is shown in minutes.
 */
export function axisUnit(spanMs: number): TimeUnit {
  for (const unit of LARGEST_FIRST) if (spanMs >= 2 * UNIT_MS[unit]) return unit;
  return 'ms';
}

/** The unit for a single duration: the largest in which it is at least one unit (1 500 ms -> s). */
export function durationUnit(ms: number): TimeUnit {
  const size = Math.abs(ms);
  for (const unit of LARGEST_FIRST) if (size >= UNIT_MS[unit]) return unit;
  return 'ms';
}

export interface TimeTicks {
  unit: TimeUnit;
  /** Tick positions, ms. */
  ticksMs: number[];
}

/** About `count` round ticks over [startMs, endMs] in the unit the span calls for. */
export function timeTicks(startMs: number, endMs: number, count: number): TimeTicks {
  const unit = axisUnit(endMs - startMs);
  const size = UNIT_MS[unit];
  const ticks = scaleLinear()
    .domain([startMs / size, endMs / size])
    .ticks(Math.max(1, count));
  return { unit, ticksMs: ticks.map((t) => t * size) };
}

/** How many ticks fit a given pixel length, one per `spacingPx`, at least two. */
export function tickCount(lengthPx: number, spacingPx: number): number {
  return Math.max(2, Math.floor(lengthPx / spacingPx));
}
