import { main, readInvocation } from '../../src/cli/simulate.ts';
import type { FlagSettings } from '../../src/lessons/widget-spec.ts';
import { type DeploymentMode } from '../../src/modes/mode-names.ts';
import { type PresetName } from '../../src/model/case-names.ts';

/** The flag names that `npm run -s simulate -- --help` lists under each mode. */
export function helpFlagsByMode(): Record<DeploymentMode, Set<string>> {
  let text = '';
  const status = main(['--help'], { out: (t) => (text += t), err: () => {}, clock: () => 0 });
  if (status !== 0) throw new Error(`simulate --help exited with ${status}`);
  const result: Record<DeploymentMode, Set<string>> = {
    batch: new Set(),
    online: new Set(),
    streaming: new Set(),
  };
  let section: DeploymentMode | null = null;
  for (const line of text.split('\n')) {
    const heading = /^--mode (batch|online|streaming): /.exec(line);
    if (heading !== null) section = heading[1] as DeploymentMode;
    else if (/^\S/.test(line)) section = null;
    const flag = /^ {4}--([a-z][a-z0-9-]*)/.exec(line);
    if (flag !== null && section !== null) result[section].add(flag[1]);
  }
  return result;
}

/** The command line of a run: booleans as switches, everything else through --set. */
export function runArgs(preset: PresetName, mode: DeploymentMode, set: FlagSettings): string[] {
  const args = ['--preset', preset, '--mode', mode];
  for (const [flag, value] of Object.entries(set))
    args.push(...(value === true ? [`--${flag}`] : ['--set', `${flag}=${String(value)}`]));
  return args;
}

/** Runs `npm run simulate -- <args> --json` in-process and returns the parsed report. */
export function simulate(preset: PresetName, mode: DeploymentMode, set: FlagSettings): unknown {
  let out = '';
  let err = '';
  const args = [...runArgs(preset, mode, set), '--json'];
  const status = main(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    clock: () => 0,
  });
  if (status !== 0) throw new Error(`simulate ${args.join(' ')} failed: ${err.trim()}`);
  return JSON.parse(out);
}

/**
 * Validates a run's parameters exactly as the CLI does, without running it: a preset, then the
 * settings. Throws the CLI's own one-line message when a value or a combination is refused.
 */
export function validateRun(preset: PresetName, mode: DeploymentMode, set: FlagSettings): void {
  const read = readInvocation(runArgs(preset, mode, set));
  if (read === 'help' || 'error' in read) throw new Error(read === 'help' ? 'help' : read.error);
}
