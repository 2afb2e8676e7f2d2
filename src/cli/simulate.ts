import { isPresetName, PRESET_NAMES, type PresetName } from '../model/case-names.ts';
import type { Mode, ModeReport } from '../modes/mode.ts';
import { isModeId } from '../modes/mode-names.ts';
import { refusalText } from '../modes/params/messages.ts';
import { ParamRefusal, type Refusal } from '../modes/params/validate.ts';
import { blameGiven } from '../modes/params/blame.ts';
import { PRESETS } from '../modes/presets.ts';
import { MODES, modeById } from '../modes/registry.ts';
import { resolveValues } from '../modes/params/resolve-values.ts';
import { QueueOverflowError } from '../sim/request-queue.ts';
import { specOf, type ParamValue } from '../modes/params/table.ts';
import { checkInForce, flagValues, readCommandLine, UsageError } from './command-line.ts';
import { formatHelp } from './help.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  clock: () => number;
}

/** `--set key=value` entries, in order, as [flag or key, text]. */
function parseSets(sets: readonly string[]): Array<[string, string]> {
  return sets.map((entry) => {
    const eq = entry.indexOf('=');
    if (eq <= 0)
      throw new UsageError(
        `--set takes KEY=VALUE with KEY a flag name, got ${JSON.stringify(entry)}`,
      );
    return [entry.slice(0, eq).replace(/^--/, ''), entry.slice(eq + 1)];
  });
}

function presetOf(name: string | undefined): PresetName | null {
  if (name === undefined) return null;
  if (!isPresetName(name))
    throw new UsageError(
      `--preset must be one of ${PRESET_NAMES.join(', ')}, got ${JSON.stringify(name)}`,
    );
  return name;
}

function modeOf(name: string | undefined, preset: PresetName | null): Mode {
  const id = name ?? (preset === null ? 'online' : PRESETS[preset].home);
  if (!isModeId(id))
    throw new UsageError(
      `--mode must be one of ${MODES.map((m) => m.id).join(', ')}, got ${JSON.stringify(id)}`,
    );
  return modeById(id);
}

/** A command line resolved: the mode, its preset and its complete, checked values. */
export interface Invocation {
  mode: Mode;
  preset: PresetName | null;
  values: Record<string, ParamValue>;
  json: boolean;
  series: boolean;
  /** The keys the command line set (flags and `--set`): a refusal blames these first. */
  given: ReadonlySet<string>;
}

/**
 * Reads the flags from the modes' tables and resolves the values (table defaults, the preset,
 * `--set`, explicit flags), checked by the table's schema. Returns the invocation, `help`, or the
 * one line that says what is wrong (the CLI prints it and exits 2).
 */
export function readInvocation(argv: readonly string[]): Invocation | 'help' | { error: string } {
  try {
    const line = readCommandLine(argv, MODES);
    if (line.has('help')) return 'help';
    const preset = presetOf(line.get('preset') as string | undefined);
    const mode = modeOf(line.get('mode') as string | undefined, preset);
    if (line.has('requests') && line.has('duration'))
      throw new UsageError('--requests and --duration contradict each other: give one of them');
    const flags = flagValues(
      mode,
      line,
      parseSets((line.get('set') as string[] | undefined) ?? []),
    );
    if ('refusal' in flags) return { error: refusalText(flags.refusal, `--${flags.flag}`, 'en') };
    const givenKeys = new Set(Object.keys(flags.values));
    // A timed run: the request budget is not in force (it may come from the defaults).
    if (flags.explicit.has('durationS') && specOf(mode.params, 'requests') !== undefined)
      flags.values.requests = null;
    const checked = resolveValues(mode, preset, flags.values);
    if (!checked.ok) return { error: refusalLine(mode, checked.refusal, givenKeys, flags.values) };
    checkInForce(mode, checked.values, flags.explicit);
    return {
      mode,
      preset,
      given: givenKeys,
      values: checked.values,
      json: line.has('json'),
      series: line.has('series'),
    };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message };
    throw error;
  }
}

/**
 * A refusal in one line, blaming a key the command line gave where the broken rule involves one
 * (blame.ts). Labels come from every mode's table: compare's refusals can be another mode's.
 */
function refusalLine(
  mode: Mode,
  refusal: Refusal,
  given: ReadonlySet<string>,
  values: Readonly<Record<string, ParamValue>>,
): string {
  const labels = [...mode.params, ...MODES.flatMap((m) => m.params)];
  const blamed = blameGiven(labels, refusal, (key) => given.has(key), values) ?? refusal;
  const flag = specOf(labels, blamed.key)?.flag ?? blamed.key;
  return refusalText(blamed, `--${flag}`, 'en');
}

/**
 * The CLI: a thin loop over the mode registry. Runs the invocation's mode and prints its report.
 * Returns the exit status (0 ok, 2 bad input).
 */
export function main(argv: readonly string[], io: Io): number {
  const invocation = readInvocation(argv);
  if (invocation === 'help') {
    io.out(formatHelp(MODES));
    return 0;
  }
  if ('error' in invocation) {
    io.err(`simulate: ${invocation.error}\n`);
    return 2;
  }
  const { mode, preset, values } = invocation;
  try {
    const started = io.clock();
    const report = mode.simulate(values, { series: invocation.series, preset }) as ModeReport;
    const wallMs = io.clock() - started;
    const withWall = { ...report, engine: { ...report.engine, wallMs } };
    if (report.unstable === true) {
      io.err(
        `simulate: warning: unstable: offered utilisation ${Number(report.offeredUtilization).toFixed(3)} >= 1 with an unbounded queue; ` +
          'the queue grows for as long as the run lasts and no steady state exists\n',
      );
    }
    io.out(invocation.json ? JSON.stringify(withWall) + '\n' : mode.formatReport(withWall));
    return 0;
  } catch (error) {
    // Compare hands its values to each mode, whose own rules may refuse them (a duration too
    // long for batch's schedule): the same one line as any refusal, naming the flag.
    if (error instanceof ParamRefusal) {
      io.err(`simulate: ${refusalLine(mode, error.refusal, invocation.given, values)}\n`);
      return 2;
    }
    if (error instanceof QueueOverflowError) {
      io.err(
        `simulate: --arrival-rate is more than the replicas can serve while a rollout splits traffic: ${error.message}; ` +
          'lower --arrival-rate, add --servers or use --autoscale\n',
      );
      return 2;
    }
    throw error;
  }
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntryPoint) {
  process.exitCode = main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    clock: () => performance.now(),
  });
}
