import { ParamError } from '../sim/param-error.ts';
import { QueueOverflowError } from '../sim/request-queue.ts';
import { formatHelp, parseFlags, UsageError, type FlagSpec, type FlagValues } from './flags.ts';
import type { ModeCommand } from './mode-command.ts';
import { runMode } from './run-mode.ts';
import { ONLINE_COMMAND } from './online-command.ts';
import { STREAMING_COMMAND } from './streaming-command.ts';
import { BATCH_COMMAND } from './batch-command.ts';
import { formatCompare, runCompare } from './compare-command.ts';
import { mergeFlags, parseSets, presetByName } from './preset-flags.ts';
import { PRESET_NAMES, type DeploymentMode } from '../modes/presets.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each mode has its own parameter and report types
type AnyModeCommand = ModeCommand<any, any>;

const MODES: readonly AnyModeCommand[] = [BATCH_COMMAND, ONLINE_COMMAND, STREAMING_COMMAND];

const MODE_NAMES = [...MODES.map((m) => m.mode), 'compare'];

const COMMON_FLAGS: readonly FlagSpec[] = [
  {
    name: 'mode',
    type: 'string',
    choices: MODE_NAMES,
    value: 'MODE',
    help: `deployment type to simulate: ${MODE_NAMES.join(', ')} (default online, or the preset's)`,
  },
  {
    name: 'preset',
    type: 'string',
    value: 'NAME',
    help: `one of the slide deck's examples: ${PRESET_NAMES.join(', ')}`,
  },
  {
    name: 'set',
    type: 'list',
    value: 'KEY=VALUE',
    help: "override one of the preset's settings by flag name (repeatable), e.g. --set consumers=12",
  },
  { name: 'json', type: 'boolean', help: 'print one JSON object instead of the readable report' },
  {
    name: 'series',
    type: 'boolean',
    help: 'add down-sampled time series (for charts) to the JSON report',
  },
  { name: 'help', type: 'boolean', help: 'show this help' },
];
const COMMON_NAMES = new Set(COMMON_FLAGS.map((f) => f.name));

/** Every flag once: modes share some (--arrival-rate, --service, --duration, --seed). */
function allFlags(): FlagSpec[] {
  const byName = new Map<string, FlagSpec>();
  for (const spec of [...COMMON_FLAGS, ...MODES.flatMap((m) => m.flags)])
    if (!byName.has(spec.name)) byName.set(spec.name, spec);
  return [...byName.values()];
}

const USAGE =
  `Usage: npm run -s simulate -- --mode ${MODE_NAMES.join('|')} [options]\n` +
  '       npm run -s simulate -- --preset NAME [--mode MODE|compare] [--set KEY=VALUE ...] [--json] [--series]';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  clock: () => number;
}

/** A flag meant for another mode is an error, not silently ignored. */
function checkFlagsApply(command: AnyModeCommand, flags: FlagValues): void {
  const allowed = new Set([...COMMON_FLAGS, ...command.flags].map((f) => f.name));
  for (const name of flags.keys()) {
    if (!allowed.has(name))
      throw new UsageError(`--${name} does not apply to --mode ${command.mode}`);
  }
}

/** The CLI: returns the exit status (0 ok, 2 bad input). */
export function main(argv: readonly string[], io: Io): number {
  let command: AnyModeCommand | undefined;
  try {
    const flags = parseFlags(argv, allFlags());
    if (flags.has('help')) {
      io.out(
        formatHelp(USAGE, [
          { title: 'Options for every mode', specs: COMMON_FLAGS },
          ...MODES.map((m) => ({ title: `--mode ${m.mode}`, specs: m.flags })),
        ]),
      );
      return 0;
    }
    const preset = flags.has('preset') ? presetByName(flags.get('preset') as string) : null;
    const sets = parseSets((flags.get('set') as string[] | undefined) ?? []);
    const mode = (flags.get('mode') as string | undefined) ?? preset?.home ?? 'online';
    if (mode === 'compare') {
      if (preset === null)
        throw new UsageError(
          '--mode compare needs --preset NAME: the workload to run through every mode',
        );
      const given = [...flags.keys()].find((name) => !COMMON_NAMES.has(name));
      if (given !== undefined)
        throw new UsageError(
          `--${given} does not apply to --mode compare; use --set ${given}=VALUE`,
        );
      for (const [name] of sets) {
        if (!MODES.some((m) => m.flags.some((f) => f.name === name)))
          throw new UsageError(`--set ${name}: no mode has a flag --${name}`);
      }
      const report = runCompare(MODES, preset, sets, io.clock, flags.has('series'));
      io.out(
        flags.has('json') ? JSON.stringify(report) + '\n' : formatCompare(report, preset.home),
      );
      return 0;
    }
    command = MODES.find((m) => m.mode === mode) as AnyModeCommand;
    checkFlagsApply(command, flags);
    for (const [name] of sets) {
      if (!command.flags.some((f) => f.name === name))
        throw new UsageError(`--set ${name}: --mode ${mode} has no flag --${name}`);
    }
    const modeFlags = new Map([...flags].filter(([name]) => !COMMON_NAMES.has(name)));
    const merged = mergeFlags(command.flags, preset, mode as DeploymentMode, sets, modeFlags);
    const params = command.paramsFromFlags(merged);
    const report = runMode(command, params, io.clock, flags.has('series'));
    if (report.unstable === true) {
      io.err(
        `simulate: warning: unstable: offered utilisation ${Number(report.offeredUtilization).toFixed(3)} >= 1 with an unbounded queue; ` +
          'the queue grows for as long as the run lasts and no steady state exists\n',
      );
    }
    io.out(flags.has('json') ? JSON.stringify(report) + '\n' : command.format(report));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`simulate: ${error.message}\n`);
      return 2;
    }
    if (error instanceof QueueOverflowError) {
      io.err(
        `simulate: --arrival-rate is more than the replicas can serve while a rollout splits traffic: ${error.message}; ` +
          'lower --arrival-rate, add --servers or use --autoscale\n',
      );
      return 2;
    }
    if (error instanceof ParamError) {
      const flag = command?.flagOf(error.field);
      const field = flag === undefined ? error.field : `--${flag}`;
      io.err(`simulate: ${field} must be ${error.accepted}, got ${JSON.stringify(error.got)}\n`);
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
