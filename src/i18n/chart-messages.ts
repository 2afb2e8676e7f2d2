/**
 * The chart components' strings and number formats (src/i18n/chart-text.ts), in Spanish, the
 * course language, and English. Numbers use the language's own decimal mark and grouping.
 */
import type { Locale } from '../locale/locales.ts';
import type { ChartText } from './chart-text.ts';
import { UNIT_MS, durationUnit, type TimeUnit } from '../locale/time-units.ts';

interface Formats {
  number: (n: number) => string;
  integer: (n: number) => string;
  withUnit: (n: number, unit: string) => string;
  time: (value: number, unit: TimeUnit) => string;
  duration: (ms: number) => string;
  unitSymbols: Record<TimeUnit, string>;
}

/** Both languages write SI symbols; "d" is the symbol for day accepted for use with the SI. */
const unitSymbols: Record<TimeUnit, string> = { ms: 'ms', s: 's', min: 'min', h: 'h', d: 'd' };

function formats(locale: Locale): Formats {
  // Three significant digits keep axis labels and summaries short; large values keep every
  // integer digit (an offset of 12 345 must not read as 12 300).
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const number = (n: number): string => (Math.abs(n) >= 1000 ? whole : small).format(n);
  const time = (value: number, unit: TimeUnit): string => `${number(value)} ${unitSymbols[unit]}`;
  return {
    number,
    integer: (n) => whole.format(n),
    withUnit: (n, unit) => (unit ? `${number(n)} ${unit}` : number(n)),
    time,
    duration: (ms) => {
      const unit = durationUnit(ms);
      return time(ms / UNIT_MS[unit], unit);
    },
    unitSymbols,
  };
}

const esFormats = formats('es');
const enFormats = formats('en');

const es: ChartText = {
  ...esFormats,
  noData: 'Todavía no hay datos',
  figure: {
    showTable: 'Mostrar tabla de datos',
    hideTable: 'Ocultar tabla de datos',
    downloadSvg: 'Descargar SVG',
    downloadPng: 'Descargar PNG',
    downloadCsv: 'Descargar CSV',
    exportFailed: 'No se pudo generar el archivo.',
    rowsSampled: (shown, total) =>
      `${shown} de ${total} filas, espaciadas de forma regular (incluye la primera y la última).`,
  },
  series: {
    timeAxis: (unit) => `Tiempo simulado (${unit})`,
    lastValue: (label, value) => `${label}: último valor ${value}`,
    summary: (title, yLabel, lastValues) =>
      lastValues.length > 0
        ? `${title}, ${yLabel}. ${lastValues.join('; ')}.`
        : `${title}, ${yLabel}. Todavía no hay datos.`,
    threshold: (label, value) => `${label}: ${value}`,
  },
  histogram: {
    valueAxis: 'Latencia (escala logarítmica)',
    countAxis: 'Peticiones',
    binColumn: 'Intervalo',
    range: (lo, hi) => `de ${lo} a ${hi}`,
    quantiles: {
      mean: 'media',
      p50: 'p50 (mediana)',
      p90: 'p90',
      p95: 'p95',
      p99: 'p99',
      max: 'máximo',
    },
    marker: (name, value) => `${name}: ${value}`,
    summary: (title, observations, quantiles) =>
      quantiles.length > 0
        ? `${title}: ${observations} observaciones. ${quantiles.join('; ')}.`
        : `${title}: todavía no hay observaciones.`,
  },
  gantt: {
    now: 'ahora',
    waited: 'Espera antes de empezar',
    outcomes: {
      queued: 'En cola',
      running: 'En curso',
      succeeded: 'Correcta',
      failed: 'Fallida',
      skipped: 'Omitida',
    },
    run: (id) => `Ejecución ${id}`,
    attempts: (n) => (n === 1 ? '1 intento' : `${n} intentos`),
    columns: {
      run: 'Ejecución',
      scheduled: 'Programada',
      start: 'Inicio',
      end: 'Fin',
      duration: 'Duración',
      outcome: 'Resultado',
      attempts: 'Intentos',
    },
    lanes: (n) =>
      n <= 1 ? 'Ninguna ejecución se solapó con otra' : `Hasta ${n} ejecuciones solapadas`,
    summary: (title, counts, lanes) =>
      counts.length > 0
        ? `${title}: ${counts.join(', ')}. ${lanes}.`
        : `${title}: todavía no hay ejecuciones.`,
    outcomeCount: (outcome, n) => `${outcome}: ${n}`,
  },
  partitions: {
    partition: 'Partición',
    partitionLabel: (i) => `P${i}`,
    consumer: 'Consumidor',
    consumerLabel: (c) => `C${c}`,
    unassigned: 'sin asignar',
    committed: 'Offset confirmado',
    lag: 'Retraso (lag)',
    logEnd: 'Fin del log',
    recordsUnit: 'registros',
    records: (n) => (n === 1 ? '1 registro' : `${esFormats.integer(n)} registros`),
    summary: (title, partitions, totalLag) =>
      `${title}: ${partitions === 1 ? '1 partición' : `${partitions} particiones`}, retraso total ${totalLag}.`,
  },
  replicas: {
    states: {
      cold: 'Arranque en frío',
      loading: 'Cargando el modelo',
      ready: 'Lista',
      draining: 'Drenando',
      stopped: 'Detenida',
    },
    replica: (slot) => `Réplica ${slot}`,
    version: (n) => `v${n}`,
    queue: 'Cola',
    requests: (n) => (n === 1 ? '1 petición' : `${esFormats.integer(n)} peticiones`),
    summary: (title, ready, total, queue) =>
      `${title}: ${ready} de ${total} ${total === 1 ? 'réplica lista' : 'réplicas listas'}; en cola, ${queue}.`,
  },
  flow: {
    client: 'Clientes',
    replicas: 'Réplicas',
    counts: {
      arrived: 'Llegadas',
      rejected: 'Rechazadas',
      started: 'Empezadas',
      completed: 'Completadas',
      timedOut: 'Caducadas en cola',
    },
    countsHeading: 'Peticiones hasta ahora',
    summary: (title, counts) => `${title}. ${counts.join('; ')}.`,
    count: (label, n) => `${label}: ${esFormats.integer(n)}`,
    queued: (n) => `En cola: ${n === 1 ? '1 petición' : `${esFormats.integer(n)} peticiones`}`,
  },
};

const en: ChartText = {
  ...enFormats,
  noData: 'No data yet',
  figure: {
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    downloadCsv: 'Download CSV',
    exportFailed: 'The file could not be created.',
    rowsSampled: (shown, total) =>
      `${shown} of ${total} rows, evenly spaced (first and last included).`,
  },
  series: {
    timeAxis: (unit) => `Simulated time (${unit})`,
    lastValue: (label, value) => `${label}: last value ${value}`,
    summary: (title, yLabel, lastValues) =>
      lastValues.length > 0
        ? `${title}, ${yLabel}. ${lastValues.join('; ')}.`
        : `${title}, ${yLabel}. No data yet.`,
    threshold: (label, value) => `${label}: ${value}`,
  },
  histogram: {
    valueAxis: 'Latency (log scale)',
    countAxis: 'Requests',
    binColumn: 'Interval',
    range: (lo, hi) => `${lo} to ${hi}`,
    quantiles: {
      mean: 'mean',
      p50: 'p50 (median)',
      p90: 'p90',
      p95: 'p95',
      p99: 'p99',
      max: 'maximum',
    },
    marker: (name, value) => `${name}: ${value}`,
    summary: (title, observations, quantiles) =>
      quantiles.length > 0
        ? `${title}: ${observations} observations. ${quantiles.join('; ')}.`
        : `${title}: no observations yet.`,
  },
  gantt: {
    now: 'now',
    waited: 'Wait before starting',
    outcomes: {
      queued: 'Queued',
      running: 'Running',
      succeeded: 'Succeeded',
      failed: 'Failed',
      skipped: 'Skipped',
    },
    run: (id) => `Run ${id}`,
    attempts: (n) => (n === 1 ? '1 attempt' : `${n} attempts`),
    columns: {
      run: 'Run',
      scheduled: 'Scheduled',
      start: 'Start',
      end: 'End',
      duration: 'Duration',
      outcome: 'Outcome',
      attempts: 'Attempts',
    },
    lanes: (n) => (n <= 1 ? 'No run overlapped another' : `Up to ${n} overlapping runs`),
    summary: (title, counts, lanes) =>
      counts.length > 0 ? `${title}: ${counts.join(', ')}. ${lanes}.` : `${title}: no runs yet.`,
    outcomeCount: (outcome, n) => `${outcome}: ${n}`,
  },
  partitions: {
    partition: 'Partition',
    partitionLabel: (i) => `P${i}`,
    consumer: 'Consumer',
    consumerLabel: (c) => `C${c}`,
    unassigned: 'unassigned',
    committed: 'Committed offset',
    lag: 'Lag',
    logEnd: 'Log end',
    recordsUnit: 'records',
    records: (n) => (n === 1 ? '1 record' : `${enFormats.integer(n)} records`),
    summary: (title, partitions, totalLag) =>
      `${title}: ${partitions === 1 ? '1 partition' : `${partitions} partitions`}, total lag ${totalLag}.`,
  },
  replicas: {
    states: {
      cold: 'Cold start',
      loading: 'Loading the model',
      ready: 'Ready',
      draining: 'Draining',
      stopped: 'Stopped',
    },
    replica: (slot) => `Replica ${slot}`,
    version: (n) => `v${n}`,
    queue: 'Queue',
    requests: (n) => (n === 1 ? '1 request' : `${enFormats.integer(n)} requests`),
    summary: (title, ready, total, queue) =>
      `${title}: ${ready} of ${total} ${total === 1 ? 'replica' : 'replicas'} ready; queued, ${queue}.`,
  },
  flow: {
    client: 'Clients',
    replicas: 'Replicas',
    counts: {
      arrived: 'Arrived',
      rejected: 'Rejected',
      started: 'Started',
      completed: 'Completed',
      timedOut: 'Timed out in the queue',
    },
    countsHeading: 'Requests so far',
    summary: (title, counts) => `${title}. ${counts.join('; ')}.`,
    count: (label, n) => `${label}: ${enFormats.integer(n)}`,
    queued: (n) => `Queued: ${n === 1 ? '1 request' : `${enFormats.integer(n)} requests`}`,
  },
};

export const chartMessages: Record<Locale, ChartText> = { es, en };
