import { ParamError } from '../sim/param-error.ts';
import { formatHelp, parseFlags, UsageError, type FlagSpec } from './flags.ts';
import { flagOfField, ONLINE_FLAGS, onlineParamsFromFlags, runOnline } from './online-command.ts';
import { formatOnlineReport } from './format-online.ts';

const COMMON_FLAGS: readonly FlagSpec[] = [
  {
    name: 'mode',
    type: 'string',
    choices: ['online'],
    value: 'MODE',
    help: 'deployment type to simulate: online',
  },
  { name: 'json', type: 'boolean', help: 'print one JSON object instead of the readable report' },
  { name: 'help', type: 'boolean', help: 'show this help' },
];
const FLAGS = [...COMMON_FLAGS, ...ONLINE_FLAGS];
const USAGE = 'Usage: npm run -s simulate -- --mode online [options]';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  clock: () => number;
}

/** The CLI: returns the exit status (0 ok, 2 bad input). */
export function main(argv: readonly string[], io: Io): number {
  try {
    const flags = parseFlags(argv, FLAGS);
    if (flags.has('help')) {
      io.out(formatHelp(USAGE, FLAGS));
      return 0;
    }
    const params = onlineParamsFromFlags(flags);
    const report = runOnline(params, io.clock);
    if (report.unstable) {
      io.err(
        `simulate: warning: unstable: offered utilisation ${report.offeredUtilization.toFixed(3)} >= 1 with an unbounded queue; ` +
          'the queue grows for as long as the run lasts and no steady state exists\n',
      );
    }
    io.out(flags.has('json') ? JSON.stringify(report) + '\n' : formatOnlineReport(report));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`simulate: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ParamError) {
      io.err(
        `simulate: ${flagOfField(error.field)} must be ${error.accepted}, got ${JSON.stringify(error.got)}\n`,
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
