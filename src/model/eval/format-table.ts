import { beatsBaseline } from './score.ts';
import type { Evaluation } from './evaluate.ts';

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** A readable report: one line per model, then its secondary figures and notes. */
export function formatEvaluationTable(results: readonly Evaluation[], evalSeed: number): string {
  const header = ['model', 'metric', 'value', 'baseline', 'beats', 'params'];
  const rows = results.map((r) => [
    r.name,
    `${r.metric} (${r.higherIsBetter ? 'higher' : 'lower'} is better)`,
    r.value.toFixed(4),
    r.baseline.toFixed(4),
    beatsBaseline(r) ? 'yes' : 'NO',
    String(r.params),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c], c >= 2)).join('  ');
  const out = [
    `Held-out evaluation (generated with seed ${evalSeed}, not seen in training)`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
  ];
  for (const r of results) {
    out.push(`${r.name}: baseline = ${r.baselineName}`);
    for (const [name, value] of Object.entries(r.extras))
      out.push(`  ${name}: ${value.toFixed(4)}`);
    for (const note of r.notes) out.push(`  note: ${note}`);
  }
  return out.join('\n');
}
