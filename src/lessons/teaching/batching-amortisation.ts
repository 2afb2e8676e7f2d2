import { formatMicroseconds, numberFormat } from '../../locale/number-format.ts';
import type { Locale } from '../../locale/locales.ts';
import { currentValue } from '../../modes/run-state.ts';
import { parseDistribution } from '../../sim/distribution-spec.ts';
import { createDistribution } from '../../sim/distributions.ts';
import type { LocalizedText } from '../localized.ts';
import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';
import type { WidgetSpec } from '../widget-spec.ts';
import {
  AMORTISATION_BATCH_SIZES,
  AMORTISATION_START_BATCH,
  NEW_CLAIM_WIDGETS,
} from '../widgets-new-claims.ts';

/**
 * Batching amortisation (widgets-new-claims.ts): a model call of b rows takes t(b) = a + c b,
 * measured on the case's real model (src/model/inference/batch-cost.ts), so a prediction costs
 * t(b) / b = a / b + c of machine time: the fixed part a shared by b rows, down to the floor c.
 */

/** The challenge: within this share above the cheapest batch the knob offers. */
export const AMORTISATION_TOLERANCE = 0.1;

const MS_PER_HOUR = 3_600_000;

/** What one model call of the widget's batch runs costs: t(b) = overheadMs + perItemMs x b. */
export interface CallCost {
  overheadMs: number;
  perItemMs: number;
}

/**
 * The a and c the widget's runs use: the preset's measured values (preset-values.ts puts c in
 * the per-row service time's mean and a in batchOverheadMs), unless the widget fixes others.
 */
export function widgetCallCost(spec: WidgetSpec): CallCost {
  const state = { mode: 'batch' as const, preset: spec.preset, values: spec.fixed.batch ?? {} };
  const service = String(currentValue(state, 'service'));
  return {
    overheadMs: Number(currentValue(state, 'batchOverheadMs')),
    perItemMs: createDistribution(parseDistribution('service', service)).mean,
  };
}

/**
 * Machine time per prediction, t(b) / b = a / b + c, in ms. A run pays ceil(rows / b) calls
 * rather than rows / b; with the widget's million rows a run that differs by under 1%.
 */
export function msPerPrediction(cost: CallCost, batchSize: number): number {
  return cost.overheadMs / batchSize + cost.perItemMs;
}

/**
 * A finished batch run's machine time per prediction, in ms: the worker-hours it paid over the
 * rows it published (the report's cost per 1000 predictions divided by the price, per row).
 * NaN when nothing was published.
 */
export function measuredMsPerPrediction(reports: WidgetReports): number {
  const rows = reportNumber(reports, 'batch', 'rowsPublished');
  if (!(rows > 0)) return Number.NaN;
  return (reportNumber(reports, 'batch', 'workerHours') * MS_PER_HOUR) / rows;
}

const SPEC = NEW_CLAIM_WIDGETS['batching-amortisation'];
const COST = widgetCallCost(SPEC);
/** The cheapest cost per prediction the knob offers: the largest batch's. */
const CHEAPEST_MS = Math.min(...AMORTISATION_BATCH_SIZES.map((b) => msPerPrediction(COST, b)));
const LIMIT_MS = (1 + AMORTISATION_TOLERANCE) * CHEAPEST_MS;
/** The batch the challenge asks for: the smallest within the tolerance of the cheapest. */
const SMALLEST_CLOSE = AMORTISATION_BATCH_SIZES.find((b) => msPerPrediction(COST, b) <= LIMIT_MS);

const count = (locale: Locale, value: number) => numberFormat(locale).format(value);
const percent = (locale: Locale, share: number) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const micros = formatMicroseconds;

const both = (write: (locale: Locale) => string): LocalizedText => ({
  es: write('es'),
  en: write('en'),
});

const largest = AMORTISATION_BATCH_SIZES[AMORTISATION_BATCH_SIZES.length - 1];

export const batchingAmortisationLesson: WidgetLesson = {
  predict: {
    kind: 'number',
    question: both((l) =>
      l === 'es'
        ? `Este trabajo puntúa las filas del día con el modelo real del ejemplo, en llamadas de ${count(l, AMORTISATION_START_BATCH)} filas. ¿Cuántas veces más barata sale así cada predicción que llamando al modelo una vez por fila?`
        : `This job scores the day's rows with the example's real model, in calls of ${count(l, AMORTISATION_START_BATCH)} rows. How many times cheaper is each prediction this way than calling the model once per row?`,
    ),
    unit: 'times',
    range: { min: 1, max: 100_000 },
    // t(1) / 1 from the model, over the run's measured cost per row at the starting batch.
    measure: (reports) => msPerPrediction(COST, 1) / measuredMsPerPrediction(reports),
    within: 1.5,
  },
  explain: both((l) => {
    const a = micros(l, COST.overheadMs);
    const c = micros(l, COST.perItemMs);
    const b = count(l, AMORTISATION_START_BATCH);
    return l === 'es'
      ? `Cada llamada al modelo cuesta unos ${a} fijos (preparar la entrada, lanzar el cálculo, leer el resultado) más ${c} por fila, así que fila a fila casi todo el costo es el fijo. En un lote de ${b} filas el fijo se reparte entre todas y cada predicción cuesta poco más que su propio cálculo: un suelo que ningún lote baja.`
      : `Every call to the model costs about ${a} fixed (preparing the input, launching the work, reading the result) plus ${c} per row, so row by row the fixed part is nearly all the cost. In a batch of ${b} rows it is shared by all of them, and each prediction costs little more than its own computation: a floor no batch goes below.`;
  }),
  tryThis: {
    es: 'Prueba lotes de 1, 16 y 256 filas: cada ejecución deja su punto sobre la curva. ¿A partir de qué tamaño agrandar el lote ya casi no ahorra nada?',
    en: 'Try batches of 1, 16 and 256 rows: each run leaves its point on the curve. From what size on does a larger batch hardly save anything?',
  },
  challenge: {
    task: both((l) =>
      l === 'es'
        ? `Encuentra el lote más pequeño cuyo costo por predicción quede a menos de un ${percent(l, AMORTISATION_TOLERANCE)} por encima del más barato que ofrece el control (${count(l, largest)} filas por llamada).`
        : `Find the smallest batch whose cost per prediction is within ${percent(l, AMORTISATION_TOLERANCE)} of the cheapest the knob offers (${count(l, largest)} rows per call).`,
    ),
    // Measured within the tolerance, and the next smaller size on offer is not (by t(b) / b).
    met: (reports, controls) => {
      const batchSize = Number(controls.batchSize);
      const smaller = AMORTISATION_BATCH_SIZES.filter((b) => b < batchSize).at(-1);
      return (
        measuredMsPerPrediction(reports) <= LIMIT_MS &&
        (smaller === undefined || msPerPrediction(COST, smaller) > LIMIT_MS)
      );
    },
    solution: { batchSize: SMALLEST_CLOSE ?? largest },
  },
};
