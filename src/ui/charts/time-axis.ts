/**
 * Simulated time on an axis: the unit a person expects for the span shown (ms for a sub-second
 * window, s, min, h, then days for a week of nightly batch runs) and round ticks in that unit. The
 * span decides the unit, not the data, so the axis keeps its unit while a run fills it.
 */
import { scaleLinear } from 'd3';
import { axisUnit, UNIT_MS, type TimeUnit } from '../../locale/time-units.ts';

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
