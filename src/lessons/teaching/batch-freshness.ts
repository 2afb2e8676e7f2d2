import { numberFormat } from '../../locale/number-format.ts';
import type { Locale } from '../../locale/locales.ts';
import { PRESETS } from '../../modes/presets.ts';
import type { LocalizedText } from '../localized.ts';
import { reportNumber, type WidgetLesson } from '../widget-lesson.ts';
import {
  FRESHNESS_JOB_HOURS,
  FRESHNESS_SETUP_MIN,
  MORE_CLAIM_WIDGETS,
} from '../widgets-more-claims.ts';

/**
 * batch-freshness: the most-viewed list, computed once a day by a 2-hour job
 * (widgets-more-claims.ts) and read by a cache at any moment. Its age when read climbs from the
 * job's 2 hours to a day plus 2 hours and drops at each publication: about 14 hours on average
 * (measured 13.7 h), of which the job is only 2. The surprise: 8 machines end the job in 24
 * minutes yet leave the mean age at 12.3 hours; only a shorter interval makes the list fresh.
 */

const HOUR_MS = 3_600_000;

/**
 * The challenge: never older than 6 hours, at a cost per 1000 predictions that only the cheapest
 * such schedule reaches. Every run pays the 10-minute start-up again, and every machine pays it
 * too, so the fewest runs on the fewest machines win: every 4 hours on one machine (measured
 * 0.000283 a 1000, oldest 4.5 h). Every 6 hours is already too old (6.6 h on one machine, 6.2 h
 * on eight), every 3 hours costs 0.000317 and 2 machines every 4 hours 0.000383.
 */
const MAX_AGE_H = 6;
const MAX_COST_PER_1000 = 0.0003;

const SPEC = MORE_CLAIM_WIDGETS['batch-freshness'];
const CURRENCY = PRESETS[SPEC.preset].currency;

/** The ceiling as the figure writes money (src/ui/models/format.ts, formatMoney). */
const money = (locale: Locale, value: number) =>
  numberFormat(locale, {
    style: 'currency',
    currency: CURRENCY,
    maximumSignificantDigits: 3,
  }).format(value);

const challengeTask: LocalizedText = {
  es: `Consigue que la lista tenga siempre menos de ${MAX_AGE_H} horas de antigüedad, con un costo de ${money('es', MAX_COST_PER_1000)} por cada 1000 predicciones como mucho.`,
  en: `Keep the list always under ${MAX_AGE_H} hours old, at no more than ${money('en', MAX_COST_PER_1000)} per 1000 predictions.`,
};

export const batchFreshnessLesson: WidgetLesson = {
  predict: {
    kind: 'number',
    question: {
      es: `Una vez al día, el trabajo calcula la lista de lo más visto con los datos del día y tarda ${FRESHNESS_JOB_HOURS} horas en publicarla (${FRESHNESS_SETUP_MIN} minutos de arranque y el resto puntuando filas). Alguien abre la página en un momento cualquiera: ¿qué antigüedad tiene, en promedio, la lista que ve, contada desde los datos con que se calculó?`,
      en: `Once a day, the job computes the most-viewed list from the day's data and takes ${FRESHNESS_JOB_HOURS} hours to publish it (${FRESHNESS_SETUP_MIN} minutes to start up, the rest scoring rows). Someone opens the page at any moment: on average, how old is the list they see, counted from the data it was computed from?`,
    },
    unit: 'h',
    range: { min: 0, max: 72 },
    measure: (reports) => reportNumber(reports, 'batch', 'stalenessMs.mean') / HOUR_MS,
    // 12 hours (half the day, forgetting the job) is close enough; a whole day is not.
    within: 1.25,
  },
  explain: {
    es: 'La lista solo se renueva cuando termina una ejecución, así que envejece hasta la siguiente publicación y entonces cae, en dientes de sierra: de 2 horas (lo que dura el trabajo) a 26 justo antes de renovarse, unas 14 de media. El trabajo pone solo 2 de esas horas; el resto es esperar al horario.',
    en: 'The list is renewed only when a run ends, so it ages until the next one is published and then drops, in a sawtooth: from 2 hours (the length of the job) to 26 just before renewal, about 14 on average. The job accounts for only 2 of those hours; the rest is waiting for the schedule.',
  },
  tryThis: {
    es: 'Pon 8 máquinas en el trabajo diario: termina en menos de media hora, pero mira qué poco baja la antigüedad media, y cuánto sube el costo. Después prueba a ejecutarlo más a menudo.',
    en: 'Put 8 machines on the daily job: it ends in under half an hour, but see how little the mean age falls, and how much the cost rises. Then try running it more often.',
  },
  challenge: {
    task: challengeTask,
    met: (reports) =>
      reportNumber(reports, 'batch', 'stalenessMs.max') < MAX_AGE_H * HOUR_MS &&
      reportNumber(reports, 'batch', 'headline.costPer1000Predictions') <= MAX_COST_PER_1000,
    solution: { intervalS: 4 * 3600 },
  },
};
