/**
 * The units a simulated time or duration is shown in, and which one suits a value's size: ms for
 * a sub-second value, s, min, h, then days for a week of nightly batch runs. The chart axes
 * (src/ui/charts/time-axis.ts) and the chart text (src/i18n/chart-messages.ts) both choose by it.
 */

/** The units a simulated time or duration is shown in, chosen by its size. */
export type TimeUnit = 'ms' | 's' | 'min' | 'h' | 'd';

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
