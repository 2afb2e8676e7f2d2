import { parseArgs } from 'node:util';
import type { Mode } from '../modes/mode.ts';
import {
  isInForce,
  specOf,
  specOfFlag,
  type ParamSpec,
  type ParamValue,
} from '../modes/params/table.ts';
import { valueFromText } from '../modes/params/text.ts';
import type { Refusal } from '../modes/params/validate.ts';

/**
 * The command line as `node:util` `parseArgs` reads it, with options built from every mode's
 * parameter table (DESIGN.md: the table drives the CLI), and its problems as one line each.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Flags every mode shares, handled by the CLI itself. */
export const COMMON_OPTIONS = {
  mode: { type: 'string', metavar: 'MODE' },
  preset: { type: 'string', metavar: 'NAME' },
  set: { type: 'string', multiple: true, metavar: 'KEY=VALUE' },
  json: { type: 'boolean', metavar: '' },
  series: { type: 'boolean', metavar: '' },
  help: { type: 'boolean', metavar: '' },
} as const;

type OptionType = { type: 'string' | 'boolean'; multiple?: boolean };

/** One option per flag of any mode; a flag shared by modes has one meaning and one type. */
export function parseOptions(modes: readonly Mode[]): Record<string, OptionType> {
  const options: Record<string, OptionType> = {};
  for (const [name, o] of Object.entries(COMMON_OPTIONS))
    options[name] = { type: o.type, multiple: 'multiple' in o };
  for (const mode of modes) {
    for (const spec of mode.params) {
      const option: OptionType = {
        type: spec.kind === 'toggle' ? 'boolean' : 'string',
        multiple: spec.kind === 'text' && spec.list,
      };
      const before = options[spec.flag];
      if (
        before !== undefined &&
        (before.type !== option.type || before.multiple !== option.multiple)
      )
        throw new Error(`--${spec.flag} has two types across the modes' tables`);
      options[spec.flag] = option;
    }
  }
  return options;
}

export type ParsedLine = Map<string, string | boolean | string[]>;

/**
 * The flags given, by name. A negative number after a flag is its value, not another flag
 * (`--arrival-rate -5` reaches validation and is refused there with the range).
 */
export function readCommandLine(argv: readonly string[], modes: readonly Mode[]): ParsedLine {
  const options = parseOptions(modes);
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].startsWith('--') ? argv[i].slice(2) : '';
    const next = argv[i + 1];
    if (options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      args.push(`--${name}=${next}`);
      i++;
    } else args.push(argv[i]);
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, options));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name) && !options[token.name]?.multiple)
      throw new UsageError(`--${token.name} is given twice`);
    seen.add(token.name);
  }
  return new Map(Object.entries(parsed.values) as Array<[string, string | boolean | string[]]>);
}

/** parseArgs' errors in the CLI's words: the flag, and what to do. */
function usageMessage(error: unknown, options: Record<string, OptionType>): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'(--?[\w-]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `unknown flag ${flag}; run with --help to list the accepted flags`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /argument '([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument ${JSON.stringify(arg)}: every option is a --flag`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = flag.replace(/^--/, '');
    return options[name]?.type === 'boolean'
      ? `--${name} takes no value (use --set ${name}=off to switch it off)`
      : `--${name} needs a value`;
  }
  return message.split('\n')[0];
}

/**
 * The values a mode's flags set, as the table's keys: each text converted by its entry (ranges are
 * checked later, with the preset, by the table's schema). Throws UsageError for a flag of another
 * mode, or one whose switch is off; returns a refusal for text that is not a value at all.
 */
export function flagValues(
  mode: Mode,
  line: ParsedLine,
  sets: ReadonlyArray<[string, string]>,
):
  | { values: Record<string, ParamValue>; explicit: Set<string> }
  | { refusal: Refusal; flag: string } {
  const values: Record<string, ParamValue> = {};
  const explicit = new Set<string>();
  for (const [name, given] of line) {
    if (name in COMMON_OPTIONS) continue;
    const spec = specOfFlag(mode.params, name);
    if (spec === undefined) throw new UsageError(`--${name} does not apply to --mode ${mode.id}`);
    explicit.add(spec.key);
    if (spec.kind === 'toggle') {
      values[spec.key] = true;
      continue;
    }
    const texts = Array.isArray(given) ? given : [String(given)];
    const parsed = valueFromText(spec, texts.join(','));
    if ('refusal' in parsed) return { refusal: parsed.refusal, flag: name };
    values[spec.key] = parsed.value;
  }
  for (const [name, text] of sets) {
    const spec = specOfFlag(mode.params, name) ?? specOf(mode.params, name);
    if (spec === undefined)
      throw new UsageError(`--set ${name}: --mode ${mode.id} has no flag --${name}`);
    if (explicit.has(spec.key)) continue;
    const parsed = valueFromText(spec, text);
    if ('refusal' in parsed) return { refusal: parsed.refusal, flag: spec.flag };
    values[spec.key] = parsed.value;
  }
  return { values, explicit };
}

/** An explicit flag of a feature that is off (`--min-replicas` without `--autoscale`) is an error. */
export function checkInForce(
  mode: Mode,
  values: Readonly<Record<string, ParamValue>>,
  explicit: ReadonlySet<string>,
): void {
  for (const key of explicit) {
    const spec = specOf(mode.params, key) as ParamSpec;
    if (isInForce(mode.params, spec, values)) continue;
    const needed = specOf(mode.params, spec.requires ?? '') as ParamSpec;
    const what =
      needed.kind === 'toggle'
        ? `--${needed.flag}`
        : `--${needed.flag} ${spec.requiresValue ?? (needed.kind === 'choice' ? needed.choices.join(' or --' + needed.flag + ' ') : 'VALUE')}`;
    throw new UsageError(`--${spec.flag} needs ${what}`);
  }
}
