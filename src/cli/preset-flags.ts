import {
  isPresetName,
  presetFlags,
  PRESET_NAMES,
  PRESETS,
  type DeploymentMode,
  type Preset,
} from '../modes/presets.ts';
import { parseFlags, UsageError, type FlagSpec, type FlagValues } from './flags.ts';

export function presetByName(name: string): Preset {
  if (!isPresetName(name))
    throw new UsageError(
      `--preset must be one of ${PRESET_NAMES.join(', ')}, got ${JSON.stringify(name)}`,
    );
  return PRESETS[name];
}

/** `--set key=value` entries, in order, as [flag, text]. */
export function parseSets(sets: readonly string[]): Array<[string, string]> {
  return sets.map((entry) => {
    const eq = entry.indexOf('=');
    if (eq <= 0)
      throw new UsageError(
        `--set takes KEY=VALUE with KEY a flag name, got ${JSON.stringify(entry)}`,
      );
    return [entry.slice(0, eq).replace(/^--/, ''), entry.slice(eq + 1)];
  });
}

/**
 * A mode's flags from lowest to highest priority: the preset, then `--set` entries that name a
 * flag of this mode, then flags given explicitly. Values pass through the same parser as the
 * command line, so a preset or a `--set` is validated exactly like a typed flag.
 */
export function mergeFlags(
  specs: readonly FlagSpec[],
  preset: Preset | null,
  mode: DeploymentMode,
  sets: ReadonlyArray<[string, string]>,
  explicit: FlagValues,
): FlagValues {
  const argv: string[] = [];
  const known = new Set(specs.map((s) => s.name));
  const add = (name: string, value: number | string | boolean) => {
    if (value === false) return;
    argv.push(value === true ? `--${name}` : `--${name}=${value}`);
  };
  const base = preset ? presetFlags(preset, mode) : {};
  const overridden = new Set([...sets.map(([k]) => k), ...explicit.keys()]);
  for (const [name, value] of Object.entries(base)) if (!overridden.has(name)) add(name, value);
  const setNames = new Set<string>();
  for (const [name, text] of sets) {
    if (!known.has(name)) continue;
    if (setNames.has(name)) throw new UsageError(`--set ${name} is given twice`);
    setNames.add(name);
    if (explicit.has(name)) continue;
    const spec = specs.find((f) => f.name === name);
    if (spec?.type === 'boolean') {
      // A switch: --set autoscale=true turns it on, =false leaves it off.
      if (text !== 'true' && text !== 'false')
        throw new UsageError(`--set ${name} takes true or false, got ${JSON.stringify(text)}`);
      if (text === 'true') argv.push(`--${name}`);
    } else {
      argv.push(`--${name}=${text}`);
    }
  }
  const merged = parseFlags(argv, specs);
  for (const [name, value] of explicit) merged.set(name, value);
  return merged;
}
