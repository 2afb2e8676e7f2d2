import type { LocalizedText } from './localized.ts';

/**
 * The units a learner answers a prediction in, and how a report's value converts to each.
 * Report fields carry their unit in their name (DESIGN.md, "Units and names"): a path with a
 * segment ending in "Ms" is a duration in milliseconds, "...PerS" a rate per second,
 * "costPerHour" a price per hour, utilisations and "...Share" are shares of 1; anything else
 * (lag, replicas, runs, requests) is a count.
 */
export type Quantity = 'duration' | 'share' | 'rate' | 'cost-rate' | 'count';

interface UnitSpec {
  quantity: Quantity;
  /** Multiply the report's value by this to get the value in the unit. */
  factor: number;
  label: LocalizedText;
}

const UNITS = {
  ms: { quantity: 'duration', factor: 1, label: { es: 'ms', en: 'ms' } },
  s: { quantity: 'duration', factor: 1 / 1000, label: { es: 's', en: 's' } },
  min: { quantity: 'duration', factor: 1 / 60_000, label: { es: 'min', en: 'min' } },
  h: { quantity: 'duration', factor: 1 / 3_600_000, label: { es: 'h', en: 'h' } },
  '%': { quantity: 'share', factor: 100, label: { es: '%', en: '%' } },
  'per-s': { quantity: 'rate', factor: 1, label: { es: 'por segundo', en: 'per second' } },
  'cost-per-hour': {
    quantity: 'cost-rate',
    factor: 1,
    label: { es: 'por hora', en: 'per hour' },
  },
  records: { quantity: 'count', factor: 1, label: { es: 'registros', en: 'records' } },
  replicas: { quantity: 'count', factor: 1, label: { es: 'réplicas', en: 'replicas' } },
  runs: { quantity: 'count', factor: 1, label: { es: 'ejecuciones', en: 'runs' } },
  requests: { quantity: 'count', factor: 1, label: { es: 'peticiones', en: 'requests' } },
} as const satisfies Record<string, UnitSpec>;

export type DisplayUnit = keyof typeof UNITS;

export const DISPLAY_UNITS = Object.keys(UNITS) as DisplayUnit[];

export function isDisplayUnit(unit: string): unit is DisplayUnit {
  return Object.hasOwn(UNITS, unit);
}

export function unitLabel(unit: DisplayUnit): LocalizedText {
  return UNITS[unit].label;
}

const SHARE_FIELDS = new Set(['utilization', 'offeredUtilization', 'backpressure']);

/** What a report field measures, from its name. */
export function fieldQuantity(field: string): Quantity {
  const segments = field.split('.');
  const last = segments[segments.length - 1];
  if (segments.some((s) => s.endsWith('Ms'))) return 'duration';
  if (SHARE_FIELDS.has(last) || last.endsWith('Share')) return 'share';
  if (last === 'costPerHour') return 'cost-rate';
  if (last.endsWith('PerS')) return 'rate';
  return 'count';
}

/** Whether `unit` can express `field`; a reason when it cannot. */
export function unitMismatch(field: string, unit: DisplayUnit): string | null {
  const quantity = fieldQuantity(field);
  if (UNITS[unit].quantity === quantity) return null;
  const fitting = DISPLAY_UNITS.filter((u) => UNITS[u].quantity === quantity);
  return `"${field}" is a ${quantity}: use one of ${fitting.join(', ')}, not "${unit}"`;
}

/** A report's value in the unit the learner answers in. */
export function toDisplayUnit(value: number, field: string, unit: DisplayUnit): number {
  const mismatch = unitMismatch(field, unit);
  if (mismatch !== null) throw new Error(mismatch);
  return value * UNITS[unit].factor;
}
