import { distributionParam, numberParam, toggleParam } from './params/builders.ts';
import type { ParamRule, ParamValue } from './params/table.ts';

/**
 * Entries every mode shares, under the same key, flag and meaning, so that `compare` can hand one
 * case to the three modes and a preset can be written once: what the case needs (its target and
 * the two facts that decide whether a mode can serve it at all), the work arriving, the model's
 * time per item, the price of a machine, and how long and with which seed to run.
 */
const DAY_S = 86_400;
const WEEK_S = 7 * DAY_S;

/**
 * The case's target: how long, at most, from the event that creates an input (a message typed, a
 * card swiped, a booking made) until a prediction for it can be used, for 99 of 100 events. One
 * number serves every mode: a latency target online, a freshness target in batch.
 */
export const TARGET_S = numberParam({
  key: 'targetS',
  flag: 'target-s',
  group: 'case',
  unit: 's',
  metavar: 'S',
  default: null,
  optional: true,
  min: 0,
  exclusiveMin: true,
  max: 4 * WEEK_S,
  step: 0.001,
  integer: false,
  log: true,
  slider: { min: 0.01, max: 2 * DAY_S },
  label: {
    en: 'Target: event to prediction (p99)',
    es: 'Objetivo: del evento a la predicción (p99)',
  },
  help: {
    en: 'longest time, for 99 in 100 events, from the event that creates an input to a usable prediction for it (none: no target)',
    es: 'tiempo máximo, para 99 de cada 100 eventos, desde el evento que crea una entrada hasta tener su predicción lista (none: sin objetivo)',
  },
});

export const INPUT_KNOWN = toggleParam({
  key: 'inputKnown',
  flag: 'input-known',
  group: 'case',
  level: 'more',
  default: false,
  label: { en: 'Input known in advance', es: 'Entrada conocida de antemano' },
  help: {
    en: "the input exists before its prediction is needed (a table of tomorrow's bookings), so a job can score it ahead of time",
    es: 'la entrada existe antes de necesitar su predicción (una tabla con las reservas de mañana), así que un trabajo puede puntuarla por adelantado',
  },
});

export const CALLER_WAITS = toggleParam({
  key: 'callerWaits',
  flag: 'caller-waits',
  group: 'case',
  level: 'more',
  default: false,
  label: { en: 'The caller waits for the answer', es: 'Quien pregunta espera la respuesta' },
  help: {
    en: 'whoever creates the event is blocked until the prediction comes back (a chat message, a card payment)',
    es: 'quien crea el evento queda bloqueado hasta recibir la predicción (un mensaje de chat, un pago con tarjeta)',
  },
});

export const CASE_PARAMS = [TARGET_S, INPUT_KNOWN, CALLER_WAITS] as const;

/** `defaultRate` null: the rate is optional (batch scores a fixed number of rows unless given). */
export function arrivalRateParam(defaultRate: number | null) {
  const optional = defaultRate === null;
  return numberParam({
    key: 'arrivalRatePerS',
    flag: 'arrival-rate',
    group: 'workload',
    unit: 'perS',
    metavar: 'PER_S',
    default: defaultRate,
    optional,
    min: 0,
    exclusiveMin: true,
    max: 10_000_000,
    step: 0.01,
    integer: false,
    log: true,
    slider: { min: 0.01, max: 20_000 },
    label: { en: 'Arrival rate', es: 'Tasa de llegada' },
    help: {
      en: 'events (requests, records) per second, arriving as a Poisson process',
      es: 'eventos (peticiones, registros) por segundo, que llegan como un proceso de Poisson',
    },
  });
}

/** Per item, the c of the model's measured t(b) = a + c b (src/model/inference/batch-cost.ts). */
export function serviceParam(defaultSpec: string, minMean: number) {
  return distributionParam({
    key: 'service',
    flag: 'service',
    group: 'workload',
    default: defaultSpec,
    minMean,
    maxMean: 86_400_000,
    label: { en: 'Inference time per item', es: 'Tiempo de inferencia por elemento' },
    help: {
      en: 'model time for one item: exponential:10, deterministic:10, uniform:10, lognormal:10:0.5 or empirical:3,4.5,9 (ms)',
      es: 'tiempo del modelo por elemento: exponential:10, deterministic:10, uniform:10, lognormal:10:0.5 o empirical:3,4.5,9 (ms)',
    },
  });
}

export function priceParam(machine: { en: string; es: string }) {
  return numberParam({
    key: 'pricePerHour',
    flag: 'price-per-hour',
    group: 'cost',
    level: 'more',
    unit: 'price',
    metavar: 'PRICE',
    default: 1,
    min: 0,
    max: 1_000_000,
    step: 0.01,
    integer: false,
    slider: { min: 0, max: 100 },
    label: { en: 'Price per machine-hour', es: 'Precio por hora de máquina' },
    help: {
      en: `price of one ${machine.en} for one hour, in the case's currency`,
      es: `precio de ${machine.es} durante una hora, en la moneda del caso`,
    },
  });
}

/**
 * a in t(b) = a + c b: what one model call costs whatever its size (the batch job's and the
 * online server's calls; a streaming micro-batch has its own, with the framework's cost).
 */
export function modelCallOverheadParam(help: { en: string; es: string }) {
  return numberParam({
    key: 'batchOverheadMs',
    flag: 'batch-overhead-ms',
    group: 'batching',
    level: 'more',
    unit: 'ms',
    metavar: 'MS',
    default: 0,
    min: 0,
    max: 1_000_000,
    step: 0.001,
    integer: false,
    slider: { min: 0, max: 1000 },
    realWorld: 'the intercept a of t(b) = a + c b',
    label: { en: 'Fixed cost per model call', es: 'Costo fijo por llamada al modelo' },
    help,
  });
}

export function durationParam(defaultS: number | null, maxS: number) {
  return numberParam({
    key: 'durationS',
    flag: 'duration',
    group: 'run',
    unit: 's',
    metavar: 'S',
    default: defaultS,
    optional: defaultS === null,
    min: 0,
    exclusiveMin: true,
    max: maxS,
    step: 1,
    integer: false,
    log: true,
    slider: { min: 1, max: Math.min(maxS, 4 * WEEK_S) },
    label: { en: 'Duration', es: 'Duración' },
    help: { en: 'simulated seconds to run', es: 'segundos simulados de la ejecución' },
  });
}

export const SEED = numberParam({
  key: 'seed',
  flag: 'seed',
  group: 'run',
  level: 'more',
  control: 'number',
  unit: 'none',
  default: 1,
  min: 0,
  max: 4_294_967_295,
  step: 1,
  label: { en: 'Seed', es: 'Semilla' },
  help: {
    en: 'random seed: the same seed and settings give the same run, byte for byte',
    es: 'semilla aleatoria: la misma semilla y los mismos ajustes dan la misma ejecución, byte a byte',
  },
});

/**
 * The most events one run may simulate: as many as the largest `--requests`. The engine does a few
 * million a second on a laptop, so the longest allowed run takes minutes, not forever.
 */
export const MAX_RUN_EVENTS = 1_000_000_000;

/**
 * A timed run's expected events (mean rate x duration) within MAX_RUN_EVENTS, named on the
 * duration with the longest one this rate allows. `meanRatePerS` reads the rate from the values
 * (an arrival pattern's long-run mean where there is one); NaN skips the check.
 */
export function eventBudgetRule(
  meanRatePerS: (values: Readonly<Record<string, ParamValue>>) => number,
): ParamRule {
  return {
    keys: ['durationS', 'arrivalRatePerS'],
    check: (v) => {
      const rate = meanRatePerS(v);
      if (v.durationS === null || !(rate > 0)) return null;
      const longestS = Math.floor(MAX_RUN_EVENTS / rate);
      return (v.durationS as number) > longestS
        ? {
            en: `at most ${longestS} s at ${rate} events/s (a budget of ${MAX_RUN_EVENTS} simulated events a run)`,
            es: `como mucho ${longestS} s a ${rate} eventos/s (un presupuesto de ${MAX_RUN_EVENTS} eventos simulados por ejecución)`,
          }
        : null;
    },
  };
}
