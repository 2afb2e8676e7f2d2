import type { WidgetChoice, WidgetSpec } from './widget-spec.ts';

/**
 * Two widgets for claims that slides used to illustrate with mode-latency, which does not show
 * them (widgets.ts explains the table): batch predictions tied to a schedule, and streaming's
 * trigger interval ("as soon as possible, but not real time").
 */

const HOUR_S = 3600;
const DAY_S = 86_400;

/**
 * batch-freshness: the storyboard's "daily runs taking 2 h". Of the 2 hours, 10 minutes are the
 * cluster's start-up (a Spark job cluster takes minutes to start; the preset's 2 minutes make an
 * extra run almost free, and the challenge's "lowest cost" would then turn on a 2% difference),
 * and the rest scores the day's million rows on one machine.
 */
export const FRESHNESS_JOB_HOURS = 2;
export const FRESHNESS_SETUP_MIN = 10;
/** The preset's rows a day (50,000 items x 20 regions), each run scoring those since the last. */
const FRESHNESS_ROWS_PER_DAY = 1_000_000;
/**
 * Scoring time a row (6.6 ms) that fills the rest of the 2 hours: it stands for all of a row's
 * work in the job (reading the views, aggregating, scoring, writing), not only the model's
 * measured inference, which would score the whole day in under a second.
 */
const FRESHNESS_ROW_MS =
  ((FRESHNESS_JOB_HOURS * 60 - FRESHNESS_SETUP_MIN) * 60_000) / FRESHNESS_ROWS_PER_DAY;

/** Intervals that divide the day, as a schedule does ("every 4 hours"), in hours. */
const FRESHNESS_INTERVALS_H = [1, 2, 3, 4, 6, 8, 12, 24] as const;

const intervalChoice = (hours: number): WidgetChoice => ({
  value: hours * HOUR_S,
  label:
    hours === 24
      ? { es: 'Una vez al día', en: 'Once a day' }
      : hours === 1
        ? { es: 'Cada hora', en: 'Every hour' }
        : { es: `Cada ${hours} horas`, en: `Every ${hours} hours` },
});

/**
 * streaming-trigger: a fixed 0.5 s a micro-batch (planning, fetching from Kafka, committing
 * offsets, writing the results; Spark documents micro-batch latencies from about 100 ms, and the
 * preset's 20 ms would make the overhead invisible) and 0.8 ms a transaction (a model with its
 * feature lookups; the preset's measured model takes under a microsecond, and its consumers would
 * idle whatever the interval). 1,500 transactions a second then keep 1.2 consumers busy: one
 * cannot keep up, two can.
 */
export const TRIGGER_OVERHEAD_MS = 500;
/** Where the knob starts: a micro-batch every 10 s (the storyboard's "10 s to 1 s", reversed). */
export const TRIGGER_START_MS = 10_000;
/** The preset's group: one consumer per partition. */
export const TRIGGER_START_CONSUMERS = 8;

const triggerChoice = (ms: number): WidgetChoice => ({
  value: ms,
  label:
    ms === 0
      ? {
          es: 'Continuo: en cuanto acaba el anterior',
          en: 'Continuous: as soon as the last one ends',
        }
      : {
          es: `Cada ${String(ms / 1000).replace('.', ',')} s`,
          en: `Every ${String(ms / 1000)} s`,
        },
});

export const MORE_CLAIM_WIDGETS = {
  'batch-freshness': {
    name: 'batch-freshness',
    title: {
      es: 'Predicciones atadas a un horario',
      en: 'Predictions tied to a schedule',
    },
    claim: {
      es: 'Una predicción batch solo se renueva cuando termina una ejecución, así que envejece hasta la siguiente: de media, medio intervalo más el trabajo; en el peor caso, un intervalo entero más el trabajo. Más máquinas acortan el trabajo, pero lo que más pesa es el horario.',
      en: 'A batch prediction is renewed only when a run ends, so it ages until the next one: on average half the interval plus the job, at worst a whole interval plus the job. More machines shorten the job, but the schedule weighs most.',
    },
    modes: ['batch'],
    preset: 'content-popularity',
    // One machine, so that the job takes the storyboard's 2 hours; three days, so that the ages
    // of what readers see draw three teeth of the sawtooth at the slowest schedule.
    fixed: {
      batch: {
        intervalS: DAY_S,
        workers: 1,
        setupMs: FRESHNESS_SETUP_MIN * 60_000,
        service: `lognormal:${FRESHNESS_ROW_MS}:0.3`,
        durationS: 3 * DAY_S,
      },
    },
    controls: [
      {
        key: 'intervalS',
        modes: ['batch'],
        label: { es: 'Frecuencia de las ejecuciones', en: 'How often the job runs' },
        choices: FRESHNESS_INTERVALS_H.map(intervalChoice),
      },
      {
        key: 'workers',
        modes: ['batch'],
        label: { es: 'Máquinas del trabajo', en: 'Machines of the job' },
        range: { min: 1, max: 8, step: 1 },
      },
    ],
    shows: {
      batch: [
        'stalenessMs.mean',
        'stalenessMs.max',
        'batch.meanRunMs',
        'headline.costPer1000Predictions',
      ],
    },
  },
  'streaming-trigger': {
    name: 'streaming-trigger',
    title: {
      es: 'Cada cuánto arranca un micro-lote',
      en: 'How often a micro-batch starts',
    },
    claim: {
      es: 'Cada evento espera al siguiente micro-lote y a que se procese: cuanto más corto el intervalo, antes llega la predicción, en segundos, no milisegundos. Los consumidores se pagan trabajen o esperen, y el intervalo apenas cambia el costo por 1000 predicciones: lo que cuesta es cuántos hacen falta.',
      en: 'Each event waits for the next micro-batch and for its processing: the shorter the interval, the sooner the prediction, in seconds rather than milliseconds. Consumers are paid working or waiting, so the interval hardly changes the cost per 1000 predictions: what costs is how many it takes to keep up.',
    },
    modes: ['streaming'],
    preset: 'fraud-detection',
    // No cap on a micro-batch's records (Spark's default: no maxOffsetsPerTrigger): with the
    // preset's 2,000, a long interval would hold back a small group, a second effect mixed into
    // this one. Five minutes: dozens of micro-batches even at the longest interval.
    fixed: {
      streaming: {
        triggerMs: TRIGGER_START_MS,
        consumers: TRIGGER_START_CONSUMERS,
        batchOverheadMs: TRIGGER_OVERHEAD_MS,
        service: 'lognormal:0.8:0.5',
        maxBatch: 100_000,
        durationS: 300,
      },
    },
    controls: [
      {
        key: 'triggerMs',
        modes: ['streaming'],
        label: { es: 'Intervalo entre micro-lotes', en: 'Interval between micro-batches' },
        choices: [0, 500, 1000, 2000, 5000, 10_000].map(triggerChoice),
      },
      {
        key: 'consumers',
        modes: ['streaming'],
        label: { es: 'Consumidores', en: 'Consumers' },
        range: { min: 1, max: 8, step: 1 },
      },
    ],
    shows: {
      streaming: [
        'headline.eventToPredictionMs.p99',
        'headline.costPer1000Predictions',
        'headline.utilization',
      ],
    },
  },
} satisfies Record<'batch-freshness' | 'streaming-trigger', WidgetSpec>;
