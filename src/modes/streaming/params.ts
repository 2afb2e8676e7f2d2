import { ASSIGNORS } from '../../machines/consumer-group.ts';
import {
  arrivalRateParam,
  CASE_PARAMS,
  durationParam,
  priceParam,
  SEED,
  serviceParam,
} from '../common-params.ts';
import { choiceParam, numberParam, textParam } from '../params/builders.ts';

/**
 * Streaming's parameters: producers write to a partitioned topic; a consumer group reads it and
 * scores the records in micro-batches. Kafka's and Spark Structured Streaming's names and
 * defaults (REFERENCE.md, "Streaming").
 */
const more = { level: 'more' } as const;

/** The micro-batch trigger; compare sets the same entry (compare/params.ts). */
export const STREAMING_TRIGGER = numberParam({
  key: 'triggerMs',
  flag: 'trigger-ms',
  group: 'schedule',
  unit: 'ms',
  metavar: 'MS',
  default: 1000,
  min: 0,
  max: 3_600_000,
  step: 1,
  integer: false,
  slider: { min: 0, max: 600_000 },
  realWorld: 'Spark Trigger.ProcessingTime',
  label: { en: 'Trigger interval', es: 'Intervalo del disparador' },
  help: {
    en: 'a micro-batch every interval; at once when one overran; none without data (0: continuous)',
    es: 'un microlote en cada intervalo; enseguida si uno se alargó; ninguno sin datos (0: continuo)',
  },
});
export const MAX_CONSUMERS = 1000;
export const MAX_PARTITIONS = 1000;

const CHANGE_FORMAT = {
  en: `AT_S:N with AT_S above 0 s and N a whole number of consumers from 0 (everyone leaves) to ${MAX_CONSUMERS}, e.g. 30:6 (at 30 s the group becomes 6 consumers)`,
  es: `EN_S:N con EN_S mayor que 0 s y N un número entero de consumidores de 0 (todos se van) a ${MAX_CONSUMERS}, p. ej. 30:6 (a los 30 s el grupo pasa a 6 consumidores)`,
};

/** "30:6": at 30 s, 6 consumers; null when the text is not of that form. */
export function parseConsumersChange(text: string): { atS: number; consumers: number } | null {
  const match = /^\s*([^:\s]+)\s*:\s*([^:\s]+)\s*$/.exec(text);
  if (match === null) return null;
  const atS = Number(match[1]);
  const consumers = Number(match[2]);
  const ok =
    Number.isFinite(atS) &&
    atS > 0 &&
    Number.isInteger(consumers) &&
    consumers >= 0 &&
    consumers <= MAX_CONSUMERS;
  return ok ? { atS, consumers } : null;
}

export const STREAMING_PARAMS = [
  ...CASE_PARAMS,
  arrivalRateParam(1000),
  numberParam({
    key: 'partitions',
    flag: 'partitions',
    group: 'fleet',
    unit: 'count',
    default: 4,
    min: 1,
    max: MAX_PARTITIONS,
    step: 1,
    slider: { min: 1, max: 64 },
    realWorld: 'Kafka num.partitions',
    label: { en: 'Partitions', es: 'Particiones' },
    help: {
      en: 'partitions of the topic: each is read by exactly one consumer',
      es: 'particiones del tema: cada una la lee exactamente un consumidor',
    },
  }),
  numberParam({
    key: 'consumers',
    flag: 'consumers',
    group: 'fleet',
    unit: 'count',
    default: 4,
    min: 1,
    max: MAX_CONSUMERS,
    step: 1,
    slider: { min: 1, max: 64 },
    realWorld: 'members of a Kafka consumer group',
    label: { en: 'Consumers', es: 'Consumidores' },
    help: {
      en: 'consumers in the group at the start; those beyond the partition count sit idle',
      es: 'consumidores del grupo al empezar; los que superan el número de particiones quedan ociosos',
    },
  }),
  textParam({
    key: 'consumersChanges',
    flag: 'consumers-change',
    group: 'fleet',
    list: true,
    metavar: 'AT_S:N',
    default: [],
    maxLength: 100,
    label: { en: 'Consumer changes', es: 'Cambios de consumidores' },
    help: {
      en: 'the group changes size during the run, with a rebalance pause: AT_S:N (repeatable)',
      es: 'el grupo cambia de tamaño durante la ejecución, con una pausa de rebalanceo: EN_S:N (repetible)',
    },
    check: (text) => (parseConsumersChange(text) === null ? CHANGE_FORMAT : null),
  }),
  choiceParam({
    key: 'assignor',
    flag: 'assignor',
    group: 'fleet',
    ...more,
    // Kafka's RangeAssignor is the first entry of the default `partition.assignment.strategy`.
    default: 'range',
    choices: ASSIGNORS,
    choiceLabels: {
      range: { en: 'range', es: 'por rangos' },
      'round-robin': { en: 'round robin', es: 'rotatoria' },
    },
    realWorld: 'partition.assignment.strategy',
    label: { en: 'Partition assignment', es: 'Asignación de particiones' },
    help: { en: 'how partitions are shared out', es: 'cómo se reparten las particiones' },
  }),
  serviceParam('exponential:2', 0.000001),
  STREAMING_TRIGGER,
  numberParam({
    key: 'maxBatch',
    flag: 'max-batch',
    group: 'batching',
    ...more,
    // Kafka's default `max.poll.records` is 500.
    unit: 'count',
    default: 500,
    min: 1,
    max: 1_000_000,
    step: 1,
    log: true,
    slider: { min: 1, max: 100_000 },
    realWorld: 'max.poll.records, maxOffsetsPerTrigger',
    label: { en: 'Largest micro-batch', es: 'Microlote máximo' },
    help: { en: 'most records one micro-batch takes', es: 'máximo de registros por microlote' },
  }),
  numberParam({
    key: 'batchOverheadMs',
    flag: 'batch-overhead-ms',
    group: 'batching',
    ...more,
    unit: 'ms',
    metavar: 'MS',
    default: 0,
    min: 0,
    max: 3_600_000,
    step: 0.001,
    integer: false,
    slider: { min: 0, max: 60_000 },
    label: { en: 'Fixed cost per micro-batch', es: 'Costo fijo por microlote' },
    help: {
      en: 'paid once per micro-batch: fetching, the model call, committing offsets',
      es: 'se paga una vez por microlote: leer, llamar al modelo, confirmar posiciones',
    },
  }),
  numberParam({
    key: 'rebalanceMs',
    flag: 'rebalance-ms',
    group: 'fleet',
    ...more,
    // Kafka's `group.initial.rebalance.delay.ms` defaults to 3000 ms.
    unit: 'ms',
    metavar: 'MS',
    default: 3000,
    min: 0,
    max: 3_600_000,
    step: 100,
    integer: false,
    slider: { min: 0, max: 600_000 },
    realWorld: 'group.initial.rebalance.delay.ms',
    label: { en: 'Rebalance pause', es: 'Pausa de rebalanceo' },
    help: {
      en: 'how long the whole group pauses when its membership changes',
      es: 'cuánto se detiene el grupo entero cuando cambian sus miembros',
    },
  }),
  priceParam({ en: 'consumer', es: 'un consumidor' }),
  durationParam(60, 1_000_000_000),
  SEED,
] as const;
