import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';

/**
 * mode-latency: one stream of card payments (fraud detection) through the three modes. The lure
 * is the batch store's quick read (2 ms): the question asks how long after a payment a
 * prediction for it exists at all, where batch waits for its next run (every 5 minutes).
 */

const E2P_P99 = 'headline.eventToPredictionMs.p99';

/** How many times batch's time from event to usable prediction is online's (p99). */
function batchOverOnline(reports: WidgetReports): number {
  return reportNumber(reports, 'batch', E2P_P99) / reportNumber(reports, 'online', E2P_P99);
}

/** The answer's buckets: orders of magnitude, since the two differ by thousands. */
const FEW_TIMES = 10;
const MANY_TIMES = 1000;

/**
 * The challenge: streaming within this p99 (the 200 ms trigger gives about 220 ms, 100 ms about
 * 120 ms) while its consumers keep at least half their paid time free. Every micro-batch pays a
 * fixed cost (fetch, model call, commit), so continuous mode (0) reaches 40 ms but keeps the
 * consumers busy 99% of the time: the middle setting is the one that meets both.
 */
const MAX_STREAMING_P99_MS = 150;
const MAX_BUSY_PERCENT = 50;

export const modeLatencyLesson: WidgetLesson = {
  predict: {
    kind: 'choice',
    question: {
      es: 'Leer una predicción batch guardada tarda 2 ms; online, el modelo la calcula en el momento. Desde un pago hasta tener su predicción (99 de cada 100 pagos), ¿cómo queda batch frente a online?',
      en: 'Reading a stored batch prediction takes 2 ms; online, the model computes it on the spot. From a payment to its prediction (99 in 100 payments), how does batch compare with online?',
    },
    options: [
      {
        id: 'batch-sooner',
        label: {
          es: 'Batch llega antes: leer es más rápido que calcular',
          en: 'Batch is sooner: reading is quicker than computing',
        },
      },
      {
        id: 'few',
        label: {
          es: `Batch tarda más, menos de ${FEW_TIMES} veces lo de online`,
          en: `Batch takes longer, under ${FEW_TIMES} times online's`,
        },
      },
      {
        id: 'many',
        label: {
          es: `Batch tarda entre ${FEW_TIMES} y ${MANY_TIMES} veces más`,
          en: `Batch takes ${FEW_TIMES} to ${MANY_TIMES} times longer`,
        },
      },
      {
        id: 'thousands',
        label: {
          es: `Batch tarda más de ${MANY_TIMES} veces más`,
          en: `Batch takes more than ${MANY_TIMES} times longer`,
        },
      },
    ],
    answer: (reports) => {
      const ratio = batchOverOnline(reports);
      if (ratio < 1) return 'batch-sooner';
      if (ratio < FEW_TIMES) return 'few';
      return ratio <= MANY_TIMES ? 'many' : 'thousands';
    },
  },
  explain: {
    es: 'Una predicción guardada se lee enseguida, pero un pago nuevo no tiene la suya hasta que la siguiente ejecución, cada 5 minutos, lo puntúa: la espera la marca el calendario, no la lectura. Streaming solo espera al siguiente micro-lote, una fracción de segundo, y por eso queda entre los dos.',
    en: 'A stored prediction is quick to read, but a new payment only has one once the next run, every 5 minutes, has scored it: the wait is set by the schedule, not by the read. Streaming waits only for the next micro-batch, a fraction of a second, which is why it lands between the two.',
  },
  tryThis: {
    es: 'Pon el intervalo entre micro-lotes en 0 (continuo): ¿alcanza streaming a online?',
    en: 'Set the interval between micro-batches to 0 (continuous): does streaming catch up with online?',
  },
  challenge: {
    task: {
      es: `Consigue que streaming tenga la predicción en ${MAX_STREAMING_P99_MS} ms como mucho en 99 de cada 100 pagos, con sus consumidores ocupados como mucho el ${MAX_BUSY_PERCENT} % del tiempo (margen para los picos).`,
      en: `Get streaming's prediction ready within ${MAX_STREAMING_P99_MS} ms for 99 in 100 payments, with its consumers busy at most ${MAX_BUSY_PERCENT}% of the time (room for bursts).`,
    },
    met: (reports) =>
      reportNumber(reports, 'streaming', E2P_P99) <= MAX_STREAMING_P99_MS &&
      reportNumber(reports, 'streaming', 'headline.utilization') <= MAX_BUSY_PERCENT / 100,
    solution: { triggerMs: 100 },
  },
};
