import { main, readInvocation, type Invocation } from '../../../src/cli/simulate.ts';

/** The whole CLI, as `npm run simulate` runs it, with its output captured. */
export function cli(argv: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = main(argv, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    clock: () => performance.now(),
  });
  return { status, out, err };
}

/** The values a command line resolves to, or the one line the CLI would print. */
export function invocation(argv: string[]): Invocation {
  const read = readInvocation(argv);
  if (read === 'help' || 'error' in read)
    throw new Error(`no invocation for ${argv.join(' ')}: ${JSON.stringify(read)}`);
  return read;
}

/** The line the CLI prints (without "simulate: ") for a refused command line. */
export function refusedLine(argv: string[]): string {
  const read = readInvocation(argv);
  if (read === 'help' || !('error' in read))
    throw new Error(`${argv.join(' ')} was accepted, not refused`);
  return read.error;
}
