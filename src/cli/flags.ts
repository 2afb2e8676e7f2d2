/**
 * A declarative command-line parser: each flag is described once (name, type, range, help), and
 * parsing, validation and --help all come from that table.
 */
export type FlagType = 'number' | 'integer' | 'string' | 'boolean' | 'list';

export interface FlagSpec {
  name: string;
  type: FlagType;
  help: string;
  /** For 'string' flags with a closed set of values. */
  choices?: readonly string[];
  /** The name of the value shown in --help, e.g. "RATE". */
  value?: string;
}

export type FlagValues = Map<string, number | string | boolean | string[]>;

/** A usage error: exit status 2 and this one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): FlagValues {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values: FlagValues = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--'))
      throw new UsageError(`unexpected argument ${JSON.stringify(arg)}: every option is a --flag`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = byName.get(name);
    if (spec === undefined)
      throw new UsageError(`unknown flag --${name}; run with --help to list the accepted flags`);
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      values.set(name, true);
      continue;
    }
    let text: string;
    if (eq !== -1) text = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) text = argv[++i];
    else throw new UsageError(`--${name} needs a value (${spec.value ?? spec.type})`);
    if (values.has(name) && spec.type !== 'list') throw new UsageError(`--${name} is given twice`);
    const value = convert(spec, text);
    const previous = values.get(name);
    values.set(
      name,
      Array.isArray(previous) && Array.isArray(value) ? [...previous, ...value] : value,
    );
  }
  return values;
}

function convert(spec: FlagSpec, text: string): number | string | string[] {
  if (spec.type === 'string') {
    if (spec.choices && !spec.choices.includes(text)) {
      throw new UsageError(
        `--${spec.name} must be one of ${spec.choices.join(', ')}, got ${JSON.stringify(text)}`,
      );
    }
    return text;
  }
  if (spec.type === 'list') return [text];
  const n = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(n) || (spec.type === 'integer' && !Number.isInteger(n))) {
    throw new UsageError(
      `--${spec.name} must be ${spec.type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(text)}`,
    );
  }
  return n;
}

/**
 * Names the flag behind a ParamError's field by the field's first word, keeping any qualifier:
 * with { lookup: 'lookup-ms' }, 'lookup mean' gives 'lookup-ms mean'; undefined for an unknown field.
 */
export function flagNamer(
  table: Readonly<Record<string, string>>,
): (field: string) => string | undefined {
  return (field) => {
    const [head, ...rest] = field.split(' ');
    const flag = Object.hasOwn(table, head) ? table[head] : undefined;
    return flag === undefined ? undefined : [flag, ...rest].join(' ');
  };
}

/** Help text: a usage line, then each titled group of flags. */
export function formatHelp(
  usage: string,
  groups: ReadonlyArray<{ title: string; specs: readonly FlagSpec[] }>,
): string {
  const row = (s: FlagSpec) => {
    const left = `  --${s.name}${s.type === 'boolean' ? '' : ` ${s.value ?? s.type.toUpperCase()}`}`;
    return `${left.padEnd(34)} ${s.help}`;
  };
  return `${usage}\n${groups.map((g) => `\n${g.title}:\n${g.specs.map(row).join('\n')}\n`).join('')}`;
}
