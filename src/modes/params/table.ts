/**
 * A mode's parameters, each described once (TensorFlow Playground's `state.ts` is the model: one
 * declarative table). Everything a learner, an instructor or a script can set is an entry here, and
 * everything else is derived from the entries: the CLI's flags and `--help`, the URL codec and its
 * messages, the validation (a valibot schema built from the table), the lab's controls, the slide
 * widgets' knobs and the README's parameter reference. Nothing else lists parameters.
 *
 * Values travel as plain JSON (numbers, strings, booleans, null for "none", lists of strings), the
 * same in a URL, a preset, a `--set` and a worker message; a mode's simulation reads them through
 * its table-typed values (`ValuesOf`).
 */

/** One text in both languages of the course. (Defined here, not imported: modes sit below i18n.) */
export type Bilingual = Readonly<{ es: string; en: string }>;

/** How a number reads: the UI formats each with its unit in the learner's locale. */
export type ParamUnit =
  'perS' | 'ms' | 's' | 'count' | 'rows' | 'share' | 'percent' | 'price' | 'none';

/**
 * Where a parameter sits in the controls and in `--help`, in this order: what the case needs, the
 * work arriving, the network, the fleet and its schedule, queueing, batching, scaling, model swaps,
 * failures, money, and how long and with which seed to run.
 */
export const PARAM_GROUPS = [
  'case',
  'workload',
  'network',
  'fleet',
  'schedule',
  'queue',
  'batching',
  'autoscaling',
  'rollout',
  'reliability',
  'cost',
  'run',
] as const;
export type ParamGroup = (typeof PARAM_GROUPS)[number];

/**
 * How the lab shows a parameter: a slider (with a number field), a plain number field, a list of
 * choices, an on/off switch, a service-time distribution (kind and mean), free text, or one entry
 * per line; `null` keeps it to the CLI (a request budget means nothing in a live lab).
 */
export type ControlKind =
  'slider' | 'number' | 'select' | 'switch' | 'distribution' | 'text' | 'lines';

interface ParamBase<K extends string> {
  /** The name in values, reports and code: `arrivalRatePerS`. */
  key: K;
  /** The CLI flag (`--arrival-rate`), also `--set arrival-rate=...` and the URL key. */
  flag: string;
  /** False: not in the URL (a CLI-only setting such as the request budget). */
  url: boolean;
  unit: ParamUnit;
  group: ParamGroup;
  /** 'basic' controls are always shown; 'more' ones are folded away until asked for. */
  level: 'basic' | 'more';
  control: ControlKind | null;
  /** What the value stands for, as `--help` shows it: `PER_S`, `N`, `KIND:MEAN_MS`. */
  metavar: string;
  label: Bilingual;
  help: Bilingual;
  /** The setting of a real system it stands for (`Triton max_batch_size`), if any. */
  realWorld?: string;
  /**
   * Only meaningful when this switch or choice (a key of the same table) is on: otherwise it is
   * refused on the CLI, hidden in the lab and dropped from a preset.
   */
  requires?: string;
  /** With `requires` naming a choice: in force only when the choice is this value. */
  requiresValue?: string;
}

export interface NumberParam<K extends string = string> extends ParamBase<K> {
  kind: 'number';
  /** null: "none" (no limit, no timeout) or "derived" (the help says from what). */
  default: number | null;
  /** True when null is a value a user may choose ("none"). */
  optional: boolean;
  integer: boolean;
  min: number;
  max: number;
  /** The minimum itself is refused (a rate must be above 0). */
  exclusiveMin?: boolean;
  step: number;
  /** A log-scale slider, for quantities that span orders of magnitude. */
  log?: boolean;
  /** A narrower range for the slider's track; typed values may use the whole [min, max]. */
  slider?: { min: number; max: number };
  /** What "none" means for this entry, where it is more than "none" (auto-sized, unbounded). */
  noneLabel?: Bilingual;
}

export interface ChoiceParam<K extends string = string> extends ParamBase<K> {
  kind: 'choice';
  choices: readonly string[];
  /** Each choice as a learner reads it (the value itself is the CLI's and the URL's word). */
  choiceLabels: Readonly<Record<string, Bilingual>>;
  default: string | null;
  optional: boolean;
}

export interface ToggleParam<K extends string = string> extends ParamBase<K> {
  kind: 'toggle';
  default: boolean;
}

/** A service-time distribution `KIND:MEAN_MS[:CV]`; `minMean`/`maxMean` bound its mean (ms). */
export interface DistributionParam<K extends string = string> extends ParamBase<K> {
  kind: 'distribution';
  default: string | null;
  optional: boolean;
  minMean: number;
  maxMean: number;
}

/**
 * Text the mode parses (an arrival pattern; `list`: one membership change per entry). `check`
 * returns null when the text is acceptable, else what is accepted, in both languages.
 */
export interface TextParam<K extends string = string> extends ParamBase<K> {
  kind: 'text';
  list: boolean;
  default: string | null | readonly string[];
  maxLength: number;
  check: (text: string) => Bilingual | null;
}

export type ParamSpec<K extends string = string> =
  NumberParam<K> | ChoiceParam<K> | ToggleParam<K> | DistributionParam<K> | TextParam<K>;

export type ParamTable = readonly ParamSpec[];

/** A value as it travels: a number, a choice or text, on/off, null for none, a list of entries. */
export type ParamValue = number | string | boolean | null | readonly string[];

type ValueOf<S> = S extends NumberParam
  ? number | null
  : S extends ChoiceParam
    ? string | null
    : S extends ToggleParam
      ? boolean
      : S extends DistributionParam
        ? string | null
        : S extends TextParam
          ? string | null | readonly string[]
          : never;

/** The values of a table, typed by its keys. */
export type ValuesOf<T extends ParamTable> = {
  readonly [S in T[number] as S['key']]: ValueOf<S>;
};

/**
 * A rule across parameters (a maximum below its minimum, a batch delay without batching): the
 * keys it concerns (the first is the one named in the message) and, when broken, what is
 * accepted in both languages.
 */
export interface ParamRule {
  keys: readonly [string, ...string[]];
  check: (values: Readonly<Record<string, ParamValue>>) => Bilingual | null;
}

/** The spec of `key` in `table`, or undefined. */
export function specOf(table: ParamTable, key: string): ParamSpec | undefined {
  return table.find((s) => s.key === key);
}

/** The spec whose flag (or URL key) is `flag`, or undefined. */
export function specOfFlag(table: ParamTable, flag: string): ParamSpec | undefined {
  return table.find((s) => s.flag === flag);
}

/** Every key's default value. */
export function defaultValues(table: ParamTable): Record<string, ParamValue> {
  return Object.fromEntries(table.map((s) => [s.key, s.default]));
}

/**
 * True when a parameter is in force: every switch or choice it requires (transitively) is on.
 * A setting of a switched-off feature (the autoscaler's window without autoscaling) is not.
 */
export function isInForce(
  table: ParamTable,
  spec: ParamSpec,
  values: Readonly<Record<string, ParamValue>>,
): boolean {
  let current: ParamSpec | undefined = spec;
  while (current?.requires !== undefined) {
    const value = values[current.requires];
    if (value === null || value === false || value === undefined) return false;
    if (current.requiresValue !== undefined && value !== current.requiresValue) return false;
    current = specOf(table, current.requires);
  }
  return true;
}

/**
 * Values written with flag names (a quiz's run is `--set flag=value`, the CLI's vocabulary) keyed
 * by the table's keys; a flag the table does not have is kept under its own name, so validation
 * refuses it by name.
 */
export function keyedByFlag(
  table: ParamTable,
  byFlag: Readonly<Record<string, ParamValue>>,
): Record<string, ParamValue> {
  return Object.fromEntries(
    Object.entries(byFlag).map(([flag, value]) => [specOfFlag(table, flag)?.key ?? flag, value]),
  );
}

/**
 * The controls a lab shows for a table and its values: the entries with a control, in force (an
 * autoscaler's window only with autoscaling), basic ones apart from those folded under "more".
 */
export function controlsFor(
  table: ParamTable,
  values: Readonly<Record<string, ParamValue>>,
): { basic: ParamSpec[]; more: ParamSpec[] } {
  const shown = table.filter((s) => s.control !== null && isInForce(table, s, values));
  return {
    basic: shown.filter((s) => s.level === 'basic'),
    more: shown.filter((s) => s.level === 'more'),
  };
}
