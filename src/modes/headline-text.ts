import { num, percent } from './format-number.ts';
import type { Headline } from './headline.ts';

/** Milliseconds in the unit a person expects: ms, s, min, h or days. */
export function humanDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '-';
  if (ms < 1000) return `${num(ms)} ms`;
  if (ms < 120_000) return `${num(ms / 1000)} s`;
  if (ms < 7_200_000) return `${num(ms / 60_000)} min`;
  if (ms < 172_800_000) return `${num(ms / 3_600_000)} h`;
  return `${num(ms / 86_400_000)} days`;
}

/** A price with enough significant digits to tell small costs apart: 0.000123 EUR. */
export function money(x: number | null | undefined, currency = ''): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '-';
  return `${num(x, 3)}${currency ? ` ${currency}` : ''}`;
}

/** The metrics contract in words, for the end of a mode's readable report. */
export function headlineLines(h: Headline): string[] {
  if (!h.applicable) return [`Not applicable to this case: ${h.notApplicableReason?.en ?? ''}`];
  const e2p = h.eventToPredictionMs;
  const target =
    h.targetMs === null
      ? ''
      : `; target ${humanDuration(h.targetMs)} at p99: ${h.meetsTarget === null ? 'nothing measured yet' : h.meetsTarget ? 'met' : 'missed'}`;
  const shortfalls = [
    ...(h.sustainable ? [] : ['the load outgrows the fleet: its queue grows without bound']),
    ...(h.unservedEvents > 0
      ? [`${num(h.unservedEvents)} events will never get a prediction (refused, timed out, errors)`]
      : []),
  ];
  return [
    ...(shortfalls.length > 0 ? [`Warning: ${shortfalls.join('; ')}`] : []),
    `Event to usable prediction: p50 ${humanDuration(e2p?.p50)}, p99 ${humanDuration(e2p?.p99)}${target}` +
      (h.lookupMs === null ? '' : `; reading a stored one: p50 ${humanDuration(h.lookupMs.p50)}`),
    `Cost per 1000 predictions ${money(h.costPer1000Predictions)} (idle time included), ` +
      `utilisation ${percent(h.utilization, 1)} of ${num(h.workers)} machines`,
  ];
}
