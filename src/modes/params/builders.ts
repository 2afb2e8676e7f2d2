import type {
  Bilingual,
  ChoiceParam,
  DistributionParam,
  NumberParam,
  ParamGroup,
  TextParam,
  ToggleParam,
} from './table.ts';

/**
 * Short constructors for table entries: each fills what most entries share (in the URL, a basic
 * control of the usual kind for its type), so a table reads as its parameters and their ranges.
 */
interface Common<K extends string> {
  key: K;
  flag: string;
  group: ParamGroup;
  label: Bilingual;
  help: Bilingual;
  metavar?: string;
  level?: 'basic' | 'more';
  url?: boolean;
  realWorld?: string;
  requires?: string;
  requiresValue?: string;
}

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export function numberParam<const K extends string>(
  spec: Common<K> &
    Optional<
      Omit<NumberParam<K>, keyof Common<K> | 'kind' | 'control' | 'metavar' | 'url' | 'level'>,
      'optional' | 'integer'
    > & { control?: NumberParam['control'] },
): NumberParam<K> {
  const integer = spec.integer ?? (Number.isInteger(spec.step) && Number.isInteger(spec.min));
  return {
    kind: 'number',
    url: true,
    level: 'basic',
    control: 'slider',
    metavar: integer ? 'N' : 'X',
    optional: false,
    ...spec,
    integer,
  };
}

export function choiceParam<const K extends string>(
  spec: Common<K> &
    Optional<
      Omit<
        ChoiceParam<K>,
        keyof Common<K> | 'kind' | 'control' | 'metavar' | 'url' | 'level' | 'unit'
      >,
      'optional'
    >,
): ChoiceParam<K> {
  return {
    kind: 'choice',
    unit: 'none',
    url: true,
    level: 'basic',
    control: 'select',
    metavar: spec.choices.join('|'),
    optional: false,
    ...spec,
  };
}

export function toggleParam<const K extends string>(
  spec: Common<K> &
    Omit<
      ToggleParam<K>,
      keyof Common<K> | 'kind' | 'control' | 'metavar' | 'url' | 'level' | 'unit'
    >,
): ToggleParam<K> {
  return {
    kind: 'toggle',
    unit: 'none',
    url: true,
    level: 'basic',
    control: 'switch',
    metavar: '',
    ...spec,
  };
}

export function distributionParam<const K extends string>(
  spec: Common<K> &
    Optional<
      Omit<
        DistributionParam<K>,
        keyof Common<K> | 'kind' | 'control' | 'metavar' | 'url' | 'level' | 'unit'
      >,
      'optional'
    >,
): DistributionParam<K> {
  return {
    kind: 'distribution',
    url: true,
    level: 'basic',
    control: 'distribution',
    metavar: 'KIND:MEAN_MS',
    unit: 'ms',
    optional: false,
    ...spec,
  };
}

export function textParam<const K extends string>(
  spec: Common<K> &
    Optional<
      Omit<TextParam<K>, keyof Common<K> | 'kind' | 'control' | 'url' | 'level' | 'unit'>,
      'list' | 'maxLength'
    >,
): TextParam<K> {
  const list = spec.list ?? false;
  return {
    kind: 'text',
    url: true,
    level: 'more',
    control: list ? 'lines' : 'text',
    unit: 'none',
    maxLength: 2000,
    metavar: 'TEXT',
    ...spec,
    list,
  };
}
