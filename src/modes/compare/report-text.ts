import { DEPLOYMENT_MODES } from '../mode-names.ts';
import { count, num, percent } from '../format-number.ts';
import { humanDuration, money } from '../headline-text.ts';
import type { CompareColumn, CompareReport } from './simulation.ts';

const FLEET_WORDS: Record<CompareColumn['fleet']['chosen'], string> = {
  set: 'as set',
  sized: 'the fewest that meet the target',
  'none-meets': "none up to the largest tried meets the target; the case's own",
  'no-target': "the case's own (no target to size for)",
  'not-applicable': 'not applicable',
};

/** The comparison as a table: the metrics contract of each mode side by side. */
export function formatCompareReport(
  r: CompareReport & { engine: { events: number; wallMs: number } },
): string {
  const col = (text: string) => text.padStart(16);
  const lines = [
    `Compare: ${r.preset === null ? 'a custom case' : `preset ${r.preset}`}` +
      `${r.deckChoice === null ? '' : ` (the deck's choice: ${r.deckChoice})`}, seed ${r.seed}`,
    '',
    `${''.padEnd(34)}${DEPLOYMENT_MODES.map(col).join('')}`,
  ];
  const row = (label: string, pick: (c: CompareColumn) => string) =>
    lines.push(
      `${label.padEnd(34)}${DEPLOYMENT_MODES.map((m) => {
        const c = r.summary[m];
        return col(c.applicable || label === 'Can serve the case' ? pick(c) : 'n/a');
      }).join('')}`,
    );
  row('Can serve the case', (c) => (c.applicable ? 'yes' : 'no'));
  row('Event to prediction p50', (c) => humanDuration(c.eventToPredictionMs?.p50));
  row('Event to prediction p99', (c) => humanDuration(c.eventToPredictionMs?.p99));
  row('Meets the target', (c) => (c.meetsTarget === null ? '-' : c.meetsTarget ? 'yes' : 'no'));
  row('Keeps up with the load', (c) => (c.sustainable ? 'yes' : 'no'));
  row('Events never predicted', (c) => count(c.unservedEvents));
  row('Reading a stored prediction p50', (c) => humanDuration(c.lookupMs?.p50));
  row('Cost per 1000 predictions', (c) => money(c.costPer1000Predictions));
  row('Utilisation', (c) => percent(c.utilization, 1));
  row('Machines used', (c) => num(c.workers));
  row('Predictions', (c) => count(c.predictions));
  const target = DEPLOYMENT_MODES.map((m) => r.summary[m].targetMs).find((t) => t !== null);
  lines.push('');
  if (target !== undefined && target !== null)
    lines.push(
      `Target: a usable prediction within ${humanDuration(target)} of its event, for 99 in 100.`,
    );
  for (const mode of DEPLOYMENT_MODES) {
    const c = r.summary[mode];
    if (!c.applicable) {
      lines.push(`${mode}: not applicable: ${c.notApplicableReason?.en ?? ''}`);
      continue;
    }
    const tried = c.fleet.tried.length > 0 ? `; sizes tried ${c.fleet.tried.join(', ')}` : '';
    lines.push(`${mode}: ${c.fleet.key} ${c.fleet.value} (${FLEET_WORDS[c.fleet.chosen]}${tried})`);
  }
  lines.push(
    'Event to prediction: from the event that creates an input to a usable prediction for it ' +
      '(batch: waiting for the next run, the run, publishing). Cost includes idle machines.',
  );
  lines.push(
    `Engine: ${r.engine.events.toLocaleString('en-US')} events in ${r.engine.wallMs.toFixed(0)} ms`,
  );
  return lines.join('\n') + '\n';
}
