import { numberFormat } from '../../locale/number-format.ts';
import type { Locale } from '../../locale/locales.ts';
import { PRESETS } from '../../modes/presets.ts';
import type { LocalizedText } from '../localized.ts';
import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';
import {
  MORE_CLAIM_WIDGETS,
  TRIGGER_OVERHEAD_MS,
  TRIGGER_START_CONSUMERS,
  TRIGGER_START_MS,
} from '../widgets-more-claims.ts';

/**
 * streaming-trigger: card transactions scored in micro-batches that each pay a fixed 0.5 s
 * (widgets-more-claims.ts). The storyboard asks what a trigger of 1 s instead of 10 s does to the
 * cost per 1000; the widget starts at 10 s, so the question runs the other way: the team
 * lengthened it from 1 s to save money. The surprise: it saved nothing. The consumers are paid
 * by the hour and score the same stream either way (measured: 0.000149 a 1000 at 1 s, 0.000153
 * at 10 s, the difference being the records still waiting when the run ends); only their busy
 * share (65% at 1 s, 19% at 10 s) and the p99 (1.7 s, 11.9 s) move.
 */

const COST = 'headline.costPer1000Predictions';
/** The interval the team had before the widget's starting one. */
const BEFORE_MS = 1000;

/**
 * This run's cost per 1000 over what the same paid consumers cost had they scored every
 * transaction that arrived. An interval that keeps up (1 s keeps 8 consumers 65% busy, and
 * leaves under 1% unscored at the end) costs just that, so the ratio is this run's cost against
 * the 1-s run's, read from this run alone.
 */
function costOverKeepingUp(reports: WidgetReports): number {
  const paid =
    reportNumber(reports, 'streaming', 'consumerHours') *
    reportNumber(reports, 'streaming', 'params.pricePerHour');
  const everyRecord = (paid / reportNumber(reports, 'streaming', 'counts.produced')) * 1000;
  return reportNumber(reports, 'streaming', COST) / everyRecord;
}

/** Within this share either way the two cost "about the same". */
const NEAR = 0.1;
/** At or below this ratio the saving is "half or more". */
const HALF = 0.5;

/**
 * The challenge: p99 under 5 s at a cost per 1000 that only 2 consumers reach (measured
 * 0.0000373 at a trigger of 2 s or less, p99 2.5 to 3.7 s). One consumer costs less but cannot
 * keep up with 1,500 transactions a second (p99 about 90 s); three cost 0.0000558. The interval
 * must come down too: 2 consumers every 10 s have a p99 of 16 s.
 */
const MAX_P99_S = 5;
const MAX_COST_PER_1000 = 0.00004;

const SPEC = MORE_CLAIM_WIDGETS['streaming-trigger'];
const CURRENCY = PRESETS[SPEC.preset].currency;

const seconds = (locale: Locale, ms: number) => numberFormat(locale).format(ms / 1000);
/** The ceiling as the figure writes money (src/ui/models/format.ts, formatMoney). */
const money = (locale: Locale, value: number) =>
  numberFormat(locale, {
    style: 'currency',
    currency: CURRENCY,
    maximumSignificantDigits: 3,
  }).format(value);

const question: LocalizedText = {
  es: `Para ahorrar, el equipo alargó el intervalo entre micro-lotes de ${seconds('es', BEFORE_MS)} s a ${seconds('es', TRIGGER_START_MS)} s, con los mismos ${TRIGGER_START_CONSUMERS} consumidores: ahora hay diez veces menos micro-lotes, y cada uno paga ${seconds('es', TRIGGER_OVERHEAD_MS)} s fijos (planificar, leer del tema y confirmar lo leído). ¿Qué le pasó al costo por cada 1000 predicciones?`,
  en: `To save money, the team lengthened the interval between micro-batches from ${seconds('en', BEFORE_MS)} s to ${seconds('en', TRIGGER_START_MS)} s, with the same ${TRIGGER_START_CONSUMERS} consumers: there are now ten times fewer micro-batches, and each one pays a fixed ${seconds('en', TRIGGER_OVERHEAD_MS)} s (planning, reading from the topic, committing what was read). What happened to the cost per 1000 predictions?`,
};

const challengeTask: LocalizedText = {
  es: `Consigue que 99 de cada 100 transacciones tengan su puntuación en menos de ${MAX_P99_S} s (p99), con un costo de ${money('es', MAX_COST_PER_1000)} por cada 1000 predicciones como mucho.`,
  en: `Get 99 in 100 transactions scored within ${MAX_P99_S} s (p99), at no more than ${money('en', MAX_COST_PER_1000)} per 1000 predictions.`,
};

export const streamingTriggerLesson: WidgetLesson = {
  predict: {
    kind: 'choice',
    question,
    options: [
      {
        id: 'half',
        label: {
          es: 'Bajó a la mitad o menos: hay diez veces menos micro-lotes que pagar',
          en: 'It fell to half or less: there are ten times fewer micro-batches to pay for',
        },
      },
      {
        id: 'lower',
        label: {
          es: `Bajó algo, entre un ${NEAR * 100} % y un ${HALF * 100} %`,
          en: `It fell somewhat, by ${NEAR * 100}% to ${HALF * 100}%`,
        },
      },
      {
        id: 'same',
        label: {
          es: `Quedó más o menos igual (menos de un ${NEAR * 100} % de diferencia)`,
          en: `It stayed about the same (within ${NEAR * 100}%)`,
        },
      },
      {
        id: 'higher',
        label: {
          es: `Subió más de un ${NEAR * 100} %`,
          en: `It rose by more than ${NEAR * 100}%`,
        },
      },
    ],
    answer: (reports) => {
      const ratio = costOverKeepingUp(reports);
      if (ratio <= HALF) return 'half';
      if (ratio < 1 - NEAR) return 'lower';
      return ratio <= 1 + NEAR ? 'same' : 'higher';
    },
  },
  explain: {
    es: 'Los consumidores se pagan por hora, puntúen o esperen, y el flujo es el mismo, así que el costo por cada 1000 predicciones apenas cambia: solo cambia cuánto trabajan (un 19 % en lugar de un 65 %). A cambio, cada transacción espera hasta 10 s a su micro-lote y luego a que se procese, y el p99 pasa de menos de 2 s a unos 12 s.',
    en: 'Consumers are paid by the hour whether they score or wait, and the stream is the same, so the cost per 1000 predictions hardly changes: only their busy share does (19% instead of 65%). In exchange, each transaction waits up to 10 s for its micro-batch and then for its processing, and the p99 goes from under 2 s to about 12 s.',
  },
  tryThis: {
    es: 'Vuelve a 1 s y luego prueba el modo continuo: mira cómo baja el p99 mientras el costo por cada 1000 no se mueve y los consumidores pasan más tiempo ocupados.',
    en: 'Go back to 1 s, then try continuous: watch the p99 fall while the cost per 1000 stays put and the consumers spend more of their time busy.',
  },
  challenge: {
    task: challengeTask,
    met: (reports) =>
      reportNumber(reports, 'streaming', 'headline.eventToPredictionMs.p99') < MAX_P99_S * 1000 &&
      reportNumber(reports, 'streaming', COST) <= MAX_COST_PER_1000,
    solution: { triggerMs: 2000, consumers: 2 },
  },
};
