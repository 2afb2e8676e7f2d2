import { ParamError } from '../sim/param-error.ts';
import { formatHelp, parseFlags, UsageError, type FlagSpec, type FlagValues } from './flags.ts';
import type { ModeCommand } from './mode-command.ts';
import { runMode } from './run-mode.ts';
import { ONLINE_COMMAND } from './online-command.ts';
import { STREAMING_COMMAND } from './streaming-command.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each mode has its own parameter and report types
type AnyModeCommand = ModeCommand<any, any>;

const MODES: readonly AnyModeCommand[] = [ONLINE_COMMAND, STREAMING_COMMAND];

const COMMON_FLAGS: readonly FlagSpec[] = [
  {
    name: 'mode',
    type: 'string',
    choices: MODES.map((m) => m.mode),
    value: 'MODE',
    help: `deployment type to simulate: ${MODES.map((m) => m.mode).join(', ')} (default online)`,
  },
  { name: 'json', type: 'boolean', help: 'print one JSON object instead of the readable report' },
  {
    name: 'series',
    type: 'boolean',
    help: 'add down-sampled time series (for charts) to the JSON report',
  },
  { name: 'help', type: 'boolean', help: 'show this help' },
];

/** Every flag once: modes share some (--arrival-rate, --service, --duration, --seed). */
function allFlags(): FlagSpec[] {
  const byName = new Map<string, FlagSpec>();
  for (const spec of [...COMMON_FLAGS, ...MODES.flatMap((m) => m.flags)])
    if (!byName.has(spec.name)) byName.set(spec.name, spec);
  return [...byName.values()];
}

const USAGE = `Usage: npm run -s simulate -- --mode ${MODES.map((m) => m.mode).join('|')} [options]`;

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
      io.out(formatHelp(USAGE, allFlags()));
      return 0;
    }
    const mode = (flags.get('mode') as string | undefined) ?? 'online';
    command = MODES.find((m) => m.mode === mode) as AnyModeCommand;
    checkFlagsApply(command, flags);
    const params = command.paramsFromFlags(flags);
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
    if (error instanceof ParamError) {
      const [head, ...rest] = error.field.split(' ');
      const flag = command?.flagOf(head);
      const field =
        flag === undefined
          ? error.field
          : [flag.startsWith('--') ? flag : `--${flag}`, ...rest].join(' ');
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
