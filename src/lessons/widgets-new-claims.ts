import type { WidgetChoice, WidgetSpec } from './widget-spec.ts';
import { numberFormat } from '../locale/number-format.ts';

/**
 * Two widgets with a picture of their own (`figure`), each for a non-linear result that intuition
 * gets wrong (TEACHING.md, "Surprise is where learning is"): the queueing knee of an online
 * service and the fixed cost of a model call shared by a batch (widgets.ts explains the table).
 */

/**
 * The knee's model: 20 ms a request, exponential, so that the M/M/c formulas hold exactly and the
 * curve drawn beside the measured points is the theory of the very runs (src/sim/theory/mmc.ts).
 * The course's real models take 0.03 to 1 ms a request (measured-batch-cost.json), so this stands
 * for a larger model; with them the knee sits at thousands of requests a second.
 */
export const KNEE_SERVICE_MS = 20;
/** Four replicas: the storyboard's fleet, where p99 at 95% busy is about three times p99 at 80%. */
export const KNEE_START_SERVERS = 4;
/** The load the widget starts at, as the share of time each replica is busy. */
export const KNEE_START_UTILIZATION = 0.95;
/** rho = lambda S / c (REFERENCE.md, M/M/c), so lambda = rho c / S: 190 requests a second. */
export const KNEE_START_RATE_PER_S =
  (KNEE_START_UTILIZATION * KNEE_START_SERVERS * 1000) / KNEE_SERVICE_MS;

/** The batch sizes offered: powers of 4, evenly spaced on the figure's logarithmic axis. */
export const AMORTISATION_BATCH_SIZES = [1, 4, 16, 64, 256, 1024, 4096, 16_384] as const;
/** The preset's own rows per model call (presets.ts, ROWS_PER_CALL), where the widget starts. */
export const AMORTISATION_START_BATCH = 1024;

const count = (locale: 'es' | 'en', n: number) => numberFormat(locale).format(n);

const batchChoice = (size: number): WidgetChoice => ({
  value: size,
  label:
    size === 1
      ? { es: '1 (una llamada por fila)', en: '1 (one call a row)' }
      : { es: count('es', size), en: count('en', size) },
});

export const NEW_CLAIM_WIDGETS = {
  'queueing-knee': {
    name: 'queueing-knee',
    title: {
      es: 'El codo de la latencia',
      en: 'The latency knee',
    },
    claim: {
      es: 'Online responde rápido mientras haya réplicas libres: la latencia apenas cambia con la carga hasta que están ocupadas casi todo el tiempo, y entonces se dispara.',
      en: 'Online answers fast while replicas are free: the latency hardly changes with the load until they are busy nearly all the time, and then it shoots up.',
    },
    modes: ['online'],
    preset: 'hotel-activities',
    // Exponential service, no per-call overhead, no network time: the run is then exactly an
    // M/M/c queue, so its measured points can be laid on the theory's curve (onlineTheory applies).
    // The preset's hour of traffic, with nothing else changed, keeps the tail estimate steady
    // near the knee, where it converges slowly (REFERENCE.md, last point of queueing theory).
    fixed: {
      online: {
        service: `exponential:${KNEE_SERVICE_MS}`,
        batchOverheadMs: 0,
        networkRttMs: 0,
        servers: KNEE_START_SERVERS,
        arrivalRatePerS: KNEE_START_RATE_PER_S,
      },
    },
    controls: [
      {
        key: 'arrivalRatePerS',
        modes: ['online'],
        label: { es: 'Peticiones por segundo', en: 'Requests per second' },
        range: { min: 20, max: 400, step: 10 },
      },
      {
        key: 'servers',
        modes: ['online'],
        label: { es: 'Réplicas', en: 'Replicas' },
        range: { min: 1, max: 12, step: 1 },
      },
    ],
    shows: {
      online: [
        'headline.utilization',
        'headline.eventToPredictionMs.p50',
        'headline.eventToPredictionMs.p99',
      ],
    },
    figure: 'knee',
  },
  'batching-amortisation': {
    name: 'batching-amortisation',
    title: {
      es: 'Predecir por lotes sale más barato',
      en: 'Predicting in batches costs less',
    },
    claim: {
      es: 'Cada llamada al modelo paga un costo fijo, sea del tamaño que sea; un trabajo batch lo reparte entre todas las filas de la llamada, así que cada predicción cuesta menos cuanto mayor es el lote, hasta quedar en lo que cuesta calcular una sola fila.',
      en: 'Every call to the model pays a fixed cost, whatever its size; a batch job shares it among all the rows of the call, so each prediction costs less the larger the batch, down to what scoring one row costs on its own.',
    },
    modes: ['batch'],
    preset: 'content-popularity',
    // One day: one nightly run over the preset's million rows, so even the largest batch is a
    // small part of a run (ceil(rows / b) calls pay the fixed cost, about rows / b). No cluster set-up: its minutes are the same at every batch size and would hide
    // the model's own cost, which is what the batch size changes.
    fixed: {
      batch: { setupMs: 0, durationS: 86_400, batchSize: AMORTISATION_START_BATCH },
    },
    controls: [
      {
        key: 'batchSize',
        modes: ['batch'],
        label: { es: 'Filas por llamada al modelo', en: 'Rows per model call' },
        choices: AMORTISATION_BATCH_SIZES.map(batchChoice),
      },
    ],
    shows: { batch: ['headline.costPer1000Predictions'] },
    figure: 'amortisation',
  },
} satisfies Record<'queueing-knee' | 'batching-amortisation', WidgetSpec>;
