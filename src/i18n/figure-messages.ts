import type { Locale } from '../locale/locales.ts';

/**
 * The words of the slide widgets' own figures (src/ui/widgets/figures/): the queueing knee and
 * the batching amortisation curve. Numbers arrive already written, with their units, in the
 * learner's locale; these functions only place them in a sentence.
 */
export interface KneeFigureText {
  caption: string;
  /** The model the widget runs, stated plainly (it is not the course's real model). */
  model: (serviceMs: string) => string;
  xLabel: string;
  yLabel: string;
  p99: string;
  p50: string;
  /** The theory's lines; `others` when curves of other replica counts are drawn too (grey). */
  theory: (others: boolean) => string;
  measured: string;
  /** A number of replicas. */
  replicas: (count: string) => string;
  perSecond: (count: string) => string;
  /** Before any run has finished: the curve is drawn with the first measured point. */
  waiting: string;
  /** The latest point, spoken: load, fleet, utilisation, median and p99 measured, p99 in theory. */
  summary: (p: {
    rate: string;
    replicas: string;
    utilization: string;
    p50: string;
    p99: string;
    theoryP99: string | null;
  }) => string;
  /** A run still under way: its point moves as requests are answered. */
  running: (p99: string) => string;
  /** How many finished runs the figure holds, for the list of points. */
  pointsHeading: (count: number) => string;
  /** One finished run, in the list of points. */
  point: (p: { rate: string; replicas: string; utilization: string; p99: string }) => string;
}

export interface AmortisationFigureText {
  caption: string;
  xLabel: string;
  yLabel: string;
  curve: (overhead: string, perRow: string) => string;
  floor: string;
  measured: string;
  /** What the time costs: this machine time times the machine's price. */
  costNote: string;
  summary: (p: { batch: string; measured: string; times: string }) => string;
  /** Before any run has finished. */
  waiting: string;
  pointsHeading: (count: number) => string;
  /** One finished run, in the list of points. */
  point: (batch: string, measured: string) => string;
}

export interface FigureText {
  knee: KneeFigureText;
  amortisation: AmortisationFigureText;
}

const es: FigureText = {
  knee: {
    caption: 'Tiempo hasta la predicción según la ocupación',
    model: (serviceMs) =>
      `Un modelo de ${serviceMs} por petición (exponencial), como uno grande (los del curso, menos de 1 ms), sin red.`,
    xLabel: 'Réplicas ocupadas (% del tiempo)',
    yLabel: 'Tiempo hasta la predicción (ms)',
    p99: 'p99 (99 de cada 100)',
    p50: 'mediana',
    theory: (others) =>
      others
        ? 'líneas: teoría de colas (M/M/c); en gris, otras réplicas'
        : 'línea: teoría de colas (M/M/c)',
    measured: 'punto: una ejecución terminada',
    replicas: (count) => (count === '1' ? '1 réplica' : `${count} réplicas`),
    perSecond: (count) => `${count} peticiones/s`,
    waiting: 'La curva de la teoría aparece con el punto de la primera ejecución terminada.',
    summary: ({ rate, replicas, utilization, p50, p99, theoryP99 }) =>
      `Última ejecución: ${rate}, ${replicas} ocupadas el ${utilization}: mediana ${p50}, p99 ${p99}` +
      (theoryP99 === null
        ? ', y creciendo: la carga supera lo que las réplicas atienden.'
        : ` (teoría: ${theoryP99}).`),
    running: (p99) => `Ejecución en curso: p99 ${p99} por ahora.`,
    pointsHeading: (count) =>
      count === 1 ? '1 ejecución terminada' : `${count} ejecuciones terminadas`,
    point: ({ rate, replicas, utilization, p99 }) =>
      `${rate} con ${replicas}: ocupadas el ${utilization}, p99 ${p99}`,
  },
  amortisation: {
    caption: 'Costo de 1000 predicciones según el tamaño del lote',
    xLabel: 'Filas por llamada al modelo (escala logarítmica)',
    yLabel: 'Tiempo de máquina por 1000 predicciones (escala logarítmica)',
    curve: (overhead, perRow) =>
      `línea: t(b)/b del modelo real, ${overhead} fijos por llamada más ${perRow} por fila`,
    floor: 'suelo: solo el costo por fila',
    measured: 'punto: una ejecución terminada',
    costNote: 'Lo que se paga es este tiempo multiplicado por el precio de la máquina.',
    summary: ({ batch, measured, times }) =>
      `Última ejecución: lotes de ${batch} filas, ${measured} de máquina por 1000 predicciones: ${times} veces menos que fila por fila.`,
    waiting: 'La curva del modelo aparece con el punto de la primera ejecución terminada.',
    pointsHeading: (count) =>
      count === 1 ? '1 ejecución terminada' : `${count} ejecuciones terminadas`,
    point: (batch, measured) => `${batch} filas por llamada: ${measured} por 1000 predicciones`,
  },
};

const en: FigureText = {
  knee: {
    caption: 'Time to a prediction against how busy the replicas are',
    model: (serviceMs) =>
      `A model of ${serviceMs} a request (exponential), like a large one (the course's models take under 1 ms), with no network.`,
    xLabel: 'Replicas busy (% of the time)',
    yLabel: 'Time to a prediction (ms)',
    p99: 'p99 (99 in 100)',
    p50: 'median',
    theory: (others) =>
      others
        ? 'lines: queueing theory (M/M/c); in grey, other replica counts'
        : 'line: queueing theory (M/M/c)',
    measured: 'dot: one finished run',
    replicas: (count) => (count === '1' ? '1 replica' : `${count} replicas`),
    perSecond: (count) => `${count} requests/s`,
    waiting: "The theory's curve appears with the point of the first finished run.",
    summary: ({ rate, replicas, utilization, p50, p99, theoryP99 }) =>
      `Latest run: ${rate}, ${replicas} busy ${utilization}: median ${p50}, p99 ${p99}` +
      (theoryP99 === null
        ? ', and growing: the load exceeds what the replicas serve.'
        : ` (theory: ${theoryP99}).`),
    running: (p99) => `Run under way: p99 ${p99} so far.`,
    pointsHeading: (count) => (count === 1 ? '1 finished run' : `${count} finished runs`),
    point: ({ rate, replicas, utilization, p99 }) =>
      `${rate} on ${replicas}: busy ${utilization}, p99 ${p99}`,
  },
  amortisation: {
    caption: 'Cost of 1000 predictions against the batch size',
    xLabel: 'Rows per model call (logarithmic scale)',
    yLabel: 'Machine time per 1000 predictions (logarithmic scale)',
    curve: (overhead, perRow) =>
      `line: t(b)/b of the real model, ${overhead} fixed per call plus ${perRow} per row`,
    floor: 'floor: the per-row cost alone',
    measured: 'dot: one finished run',
    costNote: 'What is paid is this time multiplied by the price of the machine.',
    summary: ({ batch, measured, times }) =>
      `Latest run: batches of ${batch} rows, ${measured} of machine time per 1000 predictions: ${times} times less than row by row.`,
    waiting: "The model's curve appears with the point of the first finished run.",
    pointsHeading: (count) => (count === 1 ? '1 finished run' : `${count} finished runs`),
    point: (batch, measured) => `${batch} rows per call: ${measured} per 1000 predictions`,
  },
};

export const figureMessages: Record<Locale, FigureText> = { es, en };
