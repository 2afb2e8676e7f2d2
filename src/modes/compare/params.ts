import {
  arrivalRateParam,
  CASE_PARAMS,
  durationParam,
  priceParam,
  SEED,
  serviceParam,
} from '../common-params.ts';
import { numberParam } from '../params/builders.ts';
import { BATCH_INTERVAL } from '../batch/params.ts';
import { STREAMING_TRIGGER } from '../streaming/params.ts';

/**
 * Compare's parameters: one case handed to the three modes. Each entry has the key of the modes'
 * own entry it sets (a mode without that key ignores it), so the case, the workload and the model
 * are the same for all three. A fleet left at `none` is sized: the smallest that meets the case's
 * target, so cost and utilisation compare like with like.
 */
/** A mode's entry as compare shows it: the real-world setting is the mode's to name. */
function withoutRealWorld<T extends { realWorld?: string }>(spec: T): Omit<T, 'realWorld'> {
  const { realWorld: _realWorld, ...rest } = spec;
  return rest;
}

const AUTO = {
  en: ' (none: the fewest that meet the target)',
  es: ' (none: el mínimo que cumple el objetivo)',
};

const fleet = (
  key: 'workers' | 'servers' | 'consumers',
  flag: string,
  label: { en: string; es: string },
  what: { en: string; es: string },
) =>
  numberParam({
    key,
    flag,
    group: 'fleet',
    unit: 'count',
    default: null,
    optional: true,
    min: 1,
    max: 1000,
    step: 1,
    slider: { min: 1, max: 64 },
    noneLabel: {
      en: 'auto: the fewest that meet the target',
      es: 'auto: el mínimo que cumple el objetivo',
    },
    label,
    help: { en: what.en + AUTO.en, es: what.es + AUTO.es },
  });

export const COMPARE_PARAMS = [
  ...CASE_PARAMS,
  arrivalRateParam(320),
  serviceParam('exponential:1', 0.000001),
  // The batch and streaming entries themselves, so their ranges cannot drift apart from what
  // the modes accept; compare names them after their mode and has its own default interval.
  {
    ...withoutRealWorld(BATCH_INTERVAL),
    default: 3600,
    label: { en: 'Batch: interval between runs', es: 'Batch: intervalo entre ejecuciones' },
    help: { en: 'seconds between batch runs', es: 'segundos entre ejecuciones batch' },
  },
  {
    ...withoutRealWorld(STREAMING_TRIGGER),
    label: { en: 'Streaming: trigger interval', es: 'Streaming: intervalo del disparador' },
    help: {
      en: 'a streaming micro-batch every interval (0: continuous)',
      es: 'un microlote de streaming en cada intervalo (0: continuo)',
    },
  },
  fleet(
    'workers',
    'workers',
    { en: 'Batch: workers', es: 'Batch: trabajadores' },
    { en: 'machines of the batch job', es: 'máquinas del trabajo batch' },
  ),
  fleet(
    'servers',
    'servers',
    { en: 'Online: replicas', es: 'Online: réplicas' },
    { en: 'replicas of the online service', es: 'réplicas del servicio online' },
  ),
  fleet(
    'consumers',
    'consumers',
    { en: 'Streaming: consumers', es: 'Streaming: consumidores' },
    { en: 'consumers of the stream', es: 'consumidores del flujo' },
  ),
  priceParam({ en: 'machine', es: 'una máquina' }),
  durationParam(600, 1_000_000_000),
  SEED,
] as const;
