import type { WidgetName, WidgetSpec } from './widget-spec.ts';
import { ONLINE_CONTROL_WIDGETS } from './widgets-online-control.ts';
import { NEW_CLAIM_WIDGETS } from './widgets-new-claims.ts';
import { MORE_CLAIM_WIDGETS } from './widgets-more-claims.ts';

const HOUR_S = 3600;
const DAY_S = 86_400;

/**
 * The live widgets that slides embed: each shows one claim of the deck happening in the
 * simulator. This table is the contract for the UI that draws them: which modes a widget runs,
 * on which of the deck's presets, which parameters it sets on top of the preset, which knobs the
 * learner turns and which report fields it shows.
 *
 * Parameters are the modes' table keys (`--help` lists them by flag) and report fields the names
 * of `npm run simulate --json`, so a widget's runs are `--preset P --mode M --set flag=value ...`; the
 * content test checks every name and runs every widget once.
 */
export const WIDGETS: Readonly<Record<WidgetName, WidgetSpec>> = {
  'resource-use': {
    name: 'resource-use',
    title: {
      es: 'Uso de recursos: batch frente a online',
      en: 'Resource use: batch vs online',
    },
    claim: {
      es: 'Un trabajo batch paga sus máquinas solo mientras corre y las libera al terminar; un servicio online paga réplicas encendidas todo el día, esperando peticiones.',
      en: 'A batch job pays for its machines only while it runs and releases them when it ends; an online service pays for replicas that stay up all day, waiting for requests.',
    },
    modes: ['batch', 'online'],
    preset: 'content-popularity',
    fixed: { batch: { durationS: 2 * DAY_S }, online: { durationS: 2 * DAY_S } },
    controls: [
      {
        key: 'workers',
        modes: ['batch'],
        label: { es: 'Máquinas del trabajo batch', en: 'Machines of the batch job' },
        range: { min: 1, max: 16, step: 1 },
      },
      {
        key: 'servers',
        modes: ['online'],
        label: { es: 'Réplicas del servicio online', en: 'Replicas of the online service' },
        range: { min: 1, max: 8, step: 1 },
      },
    ],
    shows: {
      batch: ['headline.utilization', 'headline.costPer1000Predictions', 'clusterUpShare'],
      online: ['headline.utilization', 'headline.costPer1000Predictions'],
    },
  },
  'batch-overlap': {
    name: 'batch-overlap',
    title: {
      es: 'Trabajos batch que se traslapan',
      en: 'Batch jobs that overlap',
    },
    claim: {
      es: 'Un trabajo programado es fácil de montar, pero si crece hasta tardar más que su intervalo, las ejecuciones se traslapan, compiten por las mismas máquinas y consumen más de lo previsto.',
      en: 'A scheduled job is easy to set up, but if it grows until it takes longer than its interval, runs overlap, compete for the same machines and use more than planned.',
    },
    modes: ['batch'],
    preset: 'hotel-cancellations',
    // Each run scores the rows that arrived since the previous one (the preset's stream, so a
    // fixed `rows` would be ignored). 2 ms a row stands for all of a row's work in the job
    // (reading, joining features, scoring, writing), not only the model's measured inference,
    // which alone is far too fast to ever fill a 5-minute interval. At 600 rows/s a run brings
    // 6 min of scoring to one machine every 5 min: just over its capacity, so runs pile up.
    fixed: {
      batch: {
        intervalS: 300,
        arrivalRatePerS: 600,
        service: 'lognormal:2:0.3',
        workers: 1,
        durationS: 2 * HOUR_S,
        overlapPolicy: 'allow',
      },
    },
    controls: [
      {
        key: 'arrivalRatePerS',
        modes: ['batch'],
        label: { es: 'Filas nuevas por segundo', en: 'New rows per second' },
        range: { min: 100, max: 1000, step: 50 },
      },
      {
        key: 'workers',
        modes: ['batch'],
        label: { es: 'Máquinas del trabajo', en: 'Machines of the job' },
        range: { min: 1, max: 4, step: 1 },
      },
      {
        key: 'overlapPolicy',
        modes: ['batch'],
        label: {
          es: 'Si una ejecución sigue activa al llegar la siguiente',
          en: 'When a run is still active as the next one is due',
        },
        choices: [
          {
            value: 'allow',
            label: { es: 'Permitir el traslape', en: 'Allow the overlap' },
          },
          {
            value: 'skip',
            label: { es: 'Saltar la ejecución', en: 'Skip the run' },
          },
          {
            value: 'queue',
            label: { es: 'Ponerla en cola', en: 'Queue it' },
          },
        ],
      },
    ],
    shows: {
      batch: [
        'batch.maxConcurrentRuns',
        'batch.meanRunMs',
        'batch.runsSkipped',
        'stalenessMs.mean',
        'utilization',
      ],
    },
  },
  'mode-latency': {
    name: 'mode-latency',
    title: {
      es: 'Cuánto se espera una predicción en cada modo',
      en: 'How long a prediction takes in each mode',
    },
    claim: {
      es: 'Batch entrega en milisegundos una predicción calculada hace minutos u horas; online la calcula al momento; streaming queda en medio: más rápido que batch, sin ser tiempo real.',
      en: 'Batch hands over in milliseconds a prediction computed minutes or hours ago; online computes it on the spot; streaming sits in between: faster than batch, but not real time.',
    },
    modes: ['batch', 'online', 'streaming'],
    preset: 'fraud-detection',
    fixed: {},
    controls: [
      {
        key: 'networkRttMs',
        modes: ['online'],
        label: { es: 'Ida y vuelta por la red', en: 'Network round trip' },
        range: { min: 0, max: 200, step: 5 },
      },
      {
        key: 'triggerMs',
        modes: ['streaming'],
        label: {
          es: 'Intervalo entre micro-lotes',
          en: 'Interval between micro-batches',
        },
        range: { min: 0, max: 5000, step: 100 },
      },
    ],
    shows: {
      batch: ['headline.eventToPredictionMs.p99', 'headline.lookupMs.p50'],
      online: ['headline.eventToPredictionMs.p50', 'headline.eventToPredictionMs.p99'],
      streaming: ['headline.eventToPredictionMs.p99', 'headline.utilization'],
    },
  },
  ...ONLINE_CONTROL_WIDGETS,
  ...NEW_CLAIM_WIDGETS,
  ...MORE_CLAIM_WIDGETS,
  'model-size-tradeoff': {
    name: 'model-size-tradeoff',
    title: {
      es: 'Modelo pequeño o modelo grande',
      en: 'Small model or large model',
    },
    claim: {
      es: 'Un modelo más grande (y a menudo un poco más preciso) tarda más por predicción: en batch solo alarga el trabajo, en streaming suma al retraso, y en online lo espera cada usuario.',
      en: 'A larger (and often slightly more accurate) model takes longer per prediction: in batch it only lengthens the job, in streaming it adds to the delay, and online every user waits for it.',
    },
    modes: ['batch', 'online', 'streaming'],
    preset: 'hotel-cancellations',
    // The knob starts on the large model (one of its choices, not the preset's measured one).
    fixed: {
      batch: { durationS: 2 * DAY_S, service: 'lognormal:200:0.3' },
      online: { durationS: 2 * DAY_S, service: 'lognormal:200:0.3' },
      streaming: { durationS: 2 * DAY_S, service: 'lognormal:200:0.3' },
    },
    controls: [
      {
        key: 'service',
        modes: ['batch', 'online', 'streaming'],
        label: { es: 'Tamaño del modelo', en: 'Model size' },
        choices: [
          {
            value: 'lognormal:2:0.3',
            label: { es: 'Pequeño (2 ms por predicción)', en: 'Small (2 ms a prediction)' },
          },
          {
            value: 'lognormal:20:0.3',
            label: { es: 'Mediano (20 ms por predicción)', en: 'Medium (20 ms a prediction)' },
          },
          {
            value: 'lognormal:200:0.3',
            label: { es: 'Grande (200 ms por predicción)', en: 'Large (200 ms a prediction)' },
          },
        ],
      },
    ],
    shows: {
      batch: ['batch.meanRunMs', 'headline.eventToPredictionMs.p99'],
      online: ['headline.eventToPredictionMs.p99'],
      streaming: ['headline.eventToPredictionMs.p99'],
    },
  },
  'network-dependence': {
    name: 'network-dependence',
    title: {
      es: 'La red también cuenta',
      en: 'The network counts too',
    },
    claim: {
      es: 'En online, la respuesta llega después del viaje de ida y vuelta por la red: con una red lenta, ni el modelo más rápido responde rápido.',
      en: 'Online, the answer arrives after the round trip over the network: on a slow network, not even the fastest model answers fast.',
    },
    modes: ['online'],
    preset: 'hotel-activities',
    // The model starts at 20 ms a recommendation (a model with its feature lookups), so that a
    // model twice as fast is a visible choice; the preset's measured model, under a microsecond,
    // is the third choice: the fastest model there can be, still behind the same round trip.
    fixed: { online: { service: 'lognormal:20:0.3' } },
    controls: [
      {
        key: 'networkRttMs',
        modes: ['online'],
        label: { es: 'Ida y vuelta por la red', en: 'Network round trip' },
        range: { min: 0, max: 500, step: 10 },
      },
      {
        key: 'service',
        modes: ['online'],
        label: { es: 'Tiempo del modelo', en: 'Time of the model' },
        choices: [
          {
            value: 'lognormal:20:0.3',
            label: { es: 'El actual: 20 ms', en: 'The current one: 20 ms' },
          },
          {
            value: 'lognormal:10:0.3',
            label: { es: 'El doble de rápido: 10 ms', en: 'Twice as fast: 10 ms' },
          },
          {
            value: 'lognormal:0.0001247:0.065',
            label: {
              es: 'Casi instantáneo: menos de 1 µs',
              en: 'Almost instant: under 1 µs',
            },
          },
        ],
      },
    ],
    shows: { online: ['latencyMs.p50', 'latencyMs.p99'] },
  },
  'infrastructure-cost': {
    name: 'infrastructure-cost',
    title: {
      es: 'Costo de la infraestructura',
      en: 'Infrastructure cost',
    },
    claim: {
      es: 'Con la misma carga, batch paga máquinas solo mientras corre; online paga réplicas encendidas (más cuantas más hagan falta); streaming paga a todos sus consumidores todo el tiempo.',
      en: 'For the same load, batch pays for machines only while it runs; online pays for replicas that stay up (more when more are needed); streaming pays for all its consumers all the time.',
    },
    modes: ['batch', 'online', 'streaming'],
    // A case all three modes can serve (the chatbot's input does not exist before the message,
    // and its user waits: batch and streaming cannot serve it, so they would have no cost to show).
    // Autoscaling on, so that the online replicas follow the load up to the learner's maximum.
    // 1 ms a transaction in every mode (a model with its feature lookups; the preset's measured
    // model takes under a microsecond, so that every fleet would idle whatever its size): the
    // 1500 transactions a second then keep about 1.5 machines busy, and the knobs trade cost
    // against keeping up.
    preset: 'fraud-detection',
    fixed: {
      batch: { service: 'lognormal:1:0.5' },
      online: { autoscale: true, service: 'lognormal:1:0.5' },
      streaming: { service: 'lognormal:1:0.5' },
    },
    controls: [
      {
        key: 'workers',
        modes: ['batch'],
        label: { es: 'Máquinas del trabajo batch', en: 'Machines of the batch job' },
        range: { min: 1, max: 8, step: 1 },
      },
      {
        key: 'maxReplicas',
        modes: ['online'],
        label: { es: 'Máximo de réplicas online', en: 'Most online replicas' },
        range: { min: 1, max: 20, step: 1 },
      },
      {
        key: 'consumers',
        modes: ['streaming'],
        label: { es: 'Consumidores de streaming', en: 'Streaming consumers' },
        range: { min: 1, max: 8, step: 1 },
      },
    ],
    shows: {
      batch: ['headline.costPer1000Predictions', 'headline.utilization'],
      online: [
        'headline.costPer1000Predictions',
        'headline.utilization',
        'headline.eventToPredictionMs.p99',
      ],
      streaming: [
        'headline.costPer1000Predictions',
        'headline.utilization',
        'headline.eventToPredictionMs.p99',
      ],
    },
  },
  'stream-scaling': {
    name: 'stream-scaling',
    title: {
      es: 'Escalar un sistema de streaming',
      en: 'Scaling a streaming system',
    },
    claim: {
      es: 'Cada partición la lee un solo consumidor: los consumidores de más se quedan sin trabajo, y cambiar el grupo detiene a todos durante un rebalanceo mientras el retraso crece.',
      en: 'Each partition is read by a single consumer: extra consumers sit idle, and changing the group pauses everyone during a rebalance while the lag grows.',
    },
    modes: ['streaming'],
    preset: 'fraud-detection',
    // 6 ms a record (a model with its feature lookups; the preset's measured one takes under a
    // microsecond and never lags): each consumer scores about 166 records a second, so the 8
    // starting consumers fall behind the 1500 a second and the 12 of minute 2 could catch up.
    fixed: {
      streaming: { consumersChanges: ['120:12'], durationS: 300, service: 'lognormal:6:0.5' },
    },
    controls: [
      {
        key: 'partitions',
        modes: ['streaming'],
        label: { es: 'Particiones del tema', en: 'Partitions of the topic' },
        range: { min: 1, max: 16, step: 1 },
      },
      {
        key: 'rebalanceMs',
        modes: ['streaming'],
        label: { es: 'Pausa del rebalanceo', en: 'Rebalance pause' },
        range: { min: 0, max: 10_000, step: 500 },
      },
    ],
    shows: {
      streaming: ['streaming.lag.final', 'streaming.lag.max', 'streaming.idleConsumers'],
    },
  },
};
