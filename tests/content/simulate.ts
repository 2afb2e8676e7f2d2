import { BATCH_COMMAND } from '../../src/cli/batch-command.ts';
import { ONLINE_COMMAND } from '../../src/cli/online-command.ts';
import { mergeFlags, parseSets } from '../../src/cli/preset-flags.ts';
import { main } from '../../src/cli/simulate.ts';
import { STREAMING_COMMAND } from '../../src/cli/streaming-command.ts';
import type { FlagSettings } from '../../src/lessons/widgets.ts';
import { PRESETS } from '../../src/modes/presets.ts';
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
    const heading = /^--mode (batch|online|streaming):$/.exec(line);
    if (heading !== null) section = heading[1] as DeploymentMode;
    else if (/^\S/.test(line)) section = null;
    const flag = /^ {2}--([a-z][a-z0-9-]*)/.exec(line);
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

const COMMANDS = { batch: BATCH_COMMAND, online: ONLINE_COMMAND, streaming: STREAMING_COMMAND };

/**
 * Validates a run's parameters exactly as the CLI does, without running it: a preset, then the
 * settings. Throws the CLI's own error when a value is out of range or a combination is invalid.
 */
export function validateRun(preset: PresetName, mode: DeploymentMode, set: FlagSettings): void {
  const sets = Object.entries(set)
    .filter(([, v]) => v !== true)
    .map(([k, v]) => `${k}=${String(v)}`);
  const switches = new Map(
    Object.entries(set)
      .filter(([, v]) => v === true)
      .map(([k]) => [k, true] as [string, true]),
  );
  const command = COMMANDS[mode];
  command.paramsFromFlags(
    mergeFlags(command.flags, PRESETS[preset], mode, parseSets(sets), switches),
  );
}
