import { reportNumber, type WidgetLesson } from '../widget-lesson.ts';

/**
 * batch-overlap: a run every 5 minutes on one machine, each bringing 6 minutes of scoring plus
 * 1 minute of start-up (the widget's fixed settings in widgets.ts: 600 rows/s x 300 s x 2 ms,
 * and the preset's 60 s set-up; the question's wording states them). Intuition says "two at a
 * time"; sharing the machine slows every run, so they pile up (9 at once at the start).
 */

const MINUTE_MS = 60_000;

/**
 * The challenge: keep the data (at least the starting rows per second), no overlap, fresh
 * predictions, and no idle machines. The busy share is the proxy for "the fewest machines":
 * 2 machines are busy 60% of the time, 3 only 40%. A policy alone cannot meet it: skipping
 * leaves predictions about half an hour old, queueing builds a backlog as old.
 */
const MIN_ROWS_PER_S = 600;
const MAX_RUNS_AT_ONCE = 1;
const MAX_MEAN_AGE_MIN = 10;
const MIN_BUSY_PERCENT = 50;

export const batchOverlapLesson: WidgetLesson = {
  predict: {
    kind: 'number',
    question: {
      es: 'Cada 5 minutos arranca una ejecución en una sola máquina para puntuar las filas llegadas desde la anterior: 6 minutos de trabajo, más 1 minuto de arranque. Se permite que se traslapen, y entonces comparten la máquina. En estas 2 horas, ¿cuántas ejecuciones llegarán a estar en marcha a la vez, como máximo?',
      en: 'Every 5 minutes a run starts on a single machine to score the rows that arrived since the previous one: 6 minutes of work, plus 1 minute to start up. Runs may overlap, and then they share the machine. Within these 2 hours, at most how many runs will be going at the same time?',
    },
    unit: 'runs',
    range: { min: 1, max: 50 },
    measure: (reports) => reportNumber(reports, 'batch', 'batch.maxConcurrentRuns'),
    within: 1.5,
  },
  explain: {
    es: 'Cada intervalo trae 6 minutos de trabajo a una máquina que en él puede hacer 5, así que las ejecuciones se traslapan, se reparten la máquina a mitad de velocidad y el montón no deja de crecer. Ninguna política lo arregla (saltar envejece las predicciones, una cola solo crece): lo arreglan más máquinas o menos trabajo por ejecución.',
    en: 'Each interval brings 6 minutes of work to a machine that can do 5 in it, so runs overlap, share the machine at half speed each, and the pile keeps growing. No policy cures that (skipping makes the predictions older, a queue only grows): more machines or less work per run do.',
  },
  tryThis: {
    es: 'Cambia la política a «Saltar la ejecución»: ahora corre solo una a la vez, pero fíjate en lo viejas que se vuelven las predicciones.',
    en: "Set the policy to 'Skip the run': only one runs at a time now, but look at how old the predictions get.",
  },
  challenge: {
    task: {
      es: `Con ${MIN_ROWS_PER_S} filas nuevas por segundo o más, consigue que nunca haya más de ${MAX_RUNS_AT_ONCE} ejecución a la vez, que las predicciones tengan de media ${MAX_MEAN_AGE_MIN} minutos de antigüedad como mucho y que las máquinas estén ocupadas al menos el ${MIN_BUSY_PERCENT} % de todo el tiempo (ni una máquina de sobra).`,
      en: `With ${MIN_ROWS_PER_S} new rows per second or more, never have more than ${MAX_RUNS_AT_ONCE} run at a time, predictions at most ${MAX_MEAN_AGE_MIN} minutes old on average, and the machines busy at least ${MIN_BUSY_PERCENT}% of all the time (not one machine to spare).`,
    },
    met: (reports, controls) =>
      typeof controls.arrivalRatePerS === 'number' &&
      controls.arrivalRatePerS >= MIN_ROWS_PER_S &&
      reportNumber(reports, 'batch', 'batch.maxConcurrentRuns') <= MAX_RUNS_AT_ONCE &&
      reportNumber(reports, 'batch', 'stalenessMs.mean') <= MAX_MEAN_AGE_MIN * MINUTE_MS &&
      reportNumber(reports, 'batch', 'utilization') >= MIN_BUSY_PERCENT / 100,
    solution: { workers: 2 },
  },
};
