import type { Preset } from '../modes/presets.ts';
import type { FlagValues } from './flags.ts';
import type { ModeCommand } from './mode-command.ts';
import { mergeFlags } from './preset-flags.ts';
import { runMode } from './run-mode.ts';
import { num } from '../modes/format-number.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each mode has its own parameter and report types
type AnyModeCommand = ModeCommand<any, any>;

/** What the deck's last slide asks a learner to weigh, in one shape for the three modes. */
export interface CompareSummary {
  /** How long a user of the prediction waits for it: a store lookup, a request, or (streaming) the pipeline. */
  responseMs: { p50: number; p99: number };
  /** How old the data behind a used prediction is: staleness for batch, latency otherwise. */
  freshnessMs: { mean: number; max: number };
  throughputPerS: number;
  utilization: number;
  costPerHour: number;
}

/** Reads the common figures out of a mode's report. */
export function summarise(mode: string, r: Record<string, unknown>): CompareSummary {
  const latency = r.latencyMs as { mean: number; p50: number; p99: number; max: number };
  const staleness = r.stalenessMs as { mean: number; max: number } | undefined;
  return {
    responseMs: { p50: latency.p50, p99: latency.p99 },
    freshnessMs:
      mode === 'batch' && staleness
        ? { mean: staleness.mean, max: staleness.max }
        : { mean: latency.mean, max: latency.max },
    throughputPerS: r.throughputPerS as number,
    utilization: r.utilization as number,
    costPerHour: r.costPerHour as number,
  };
}

export interface CompareReport {
  mode: 'compare';
  preset: string;
  seed: number;
  summary: Record<string, CompareSummary>;
  modes: Record<string, unknown>;
  engine: { events: number; wallMs: number };
}

/** Runs one seeded workload (the preset's) through every mode, with the same overrides where they apply. */
export function runCompare(
  modes: readonly AnyModeCommand[],
  preset: Preset,
  sets: ReadonlyArray<[string, string]>,
  clock: () => number,
  series: boolean,
): CompareReport {
  const summary: Record<string, CompareSummary> = {};
  const reports: Record<string, unknown> = {};
  let events = 0;
  let wallMs = 0;
  for (const command of modes) {
    const mode = command.mode as 'batch' | 'online' | 'streaming';
    const flags: FlagValues = mergeFlags(command.flags, preset, mode, sets, new Map());
    const report = runMode(command, command.paramsFromFlags(flags), clock, series);
    reports[mode] = report;
    summary[mode] = summarise(mode, report as Record<string, unknown>);
    events += report.engine.events;
    wallMs += report.engine.wallMs;
  }
  return {
    mode: 'compare',
    preset: preset.name,
    seed: preset.workload.seed,
    summary,
    modes: reports,
    engine: { events, wallMs },
  };
}

/** Milliseconds in the unit a person expects: ms, s, min or h. */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  if (ms < 1000) return `${num(ms)} ms`;
  if (ms < 120_000) return `${num(ms / 1000)} s`;
  if (ms < 7_200_000) return `${num(ms / 60_000)} min`;
  return `${num(ms / 3_600_000)} h`;
}

export function formatCompare(r: CompareReport, home: string): string {
  const modes = Object.keys(r.summary);
  const col = (text: string) => text.padStart(14);
  const lines = [
    `Compare: preset ${r.preset} (the deck's choice: ${home}), seed ${r.seed}`,
    '',
    `${''.padEnd(26)}${modes.map(col).join('')}`,
  ];
  const row = (label: string, pick: (s: CompareSummary) => string) =>
    lines.push(`${label.padEnd(26)}${modes.map((m) => col(pick(r.summary[m]))).join('')}`);
  row('Wait for a prediction p50', (s) => humanDuration(s.responseMs.p50));
  row('Wait for a prediction p99', (s) => humanDuration(s.responseMs.p99));
  row('Age of its data, mean', (s) => humanDuration(s.freshnessMs.mean));
  row('Age of its data, max', (s) => humanDuration(s.freshnessMs.max));
  row('Throughput (items/s)', (s) => num(s.throughputPerS, 4));
  row('Utilisation', (s) => `${(s.utilization * 100).toFixed(1)} %`);
  row('Cost per hour', (s) => num(s.costPerHour, 4));
  lines.push(
    '',
    'Batch: the wait is a store lookup and the age is staleness; online and streaming: both are the latency.',
  );
  lines.push(
    `Engine: ${r.engine.events.toLocaleString('en-US')} events in ${r.engine.wallMs.toFixed(0)} ms`,
  );
  return lines.join('\n') + '\n';
}
