import { numberFormat } from '../../locale/number-format.ts';
import type { Locale } from '../../locale/locales.ts';
import { mmcResponseQuantileMs } from '../../sim/theory/mmc.ts';
import type { LocalizedText } from '../localized.ts';
import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';
import {
  KNEE_SERVICE_MS,
  KNEE_START_SERVERS,
  KNEE_START_UTILIZATION,
} from '../widgets-new-claims.ts';

/**
 * The queueing knee (widgets-new-claims.ts): the question gives p99 at 80% busy, from the M/M/c
 * formula of the widget's own runs, and asks for p99 at the 95% the widget starts at, which the
 * learner's first run measures. The storyboard's order of magnitude: about three times as long.
 */

/** The load whose p99 the question gives away, as the share of time each replica is busy. */
export const KNEE_GIVEN_UTILIZATION = 0.8;

/** The challenge, after the storyboard: serve this many requests a second... */
export const KNEE_CHALLENGE_RATE_PER_S = 400;
/** ...with 99 in 100 answers within this time... */
export const KNEE_CHALLENGE_P99_MS = 300;
/**
 * ...on just enough replicas: each busy at least this share of the time. At 400 requests/s of
 * 20 ms, 8 replicas would be 100% busy (an ever-growing queue), 9 are 89% busy and 10 are 80%:
 * the floor lets only the fewest replicas that keep up pass (rho = lambda S / c, REFERENCE.md).
 */
export const KNEE_CHALLENGE_MIN_UTILIZATION = 0.85;

/**
 * The fewest replicas that keep up with the challenge's load: more than lambda S of them (the
 * offered load in Erlangs), since at exactly lambda S each is busy all the time and the queue
 * grows without end.
 */
const FEWEST_SERVERS = Math.floor((KNEE_CHALLENGE_RATE_PER_S * KNEE_SERVICE_MS) / 1000) + 1;

/** lambda = rho c / S: the arrival rate that keeps `servers` replicas busy a share `rho`. */
export function rateForUtilization(rho: number, servers: number): number {
  return (rho * servers * 1000) / KNEE_SERVICE_MS;
}

/** p99 of the M/M/c time in system at the widget's starting fleet, busy a share `rho`, in ms. */
function theoryP99Ms(rho: number): number {
  const params = {
    arrivalRatePerS: rateForUtilization(rho, KNEE_START_SERVERS),
    meanServiceMs: KNEE_SERVICE_MS,
    servers: KNEE_START_SERVERS,
  };
  return mmcResponseQuantileMs(params, 0.99) ?? Number.NaN;
}

const GIVEN_P99_MS = theoryP99Ms(KNEE_GIVEN_UTILIZATION);

const percent = (locale: Locale, share: number) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const whole = (locale: Locale, value: number) =>
  numberFormat(locale, { maximumFractionDigits: 0 }).format(value);

/** A text in both languages, built from the same numbers, each written in its locale. */
const both = (write: (locale: Locale) => string): LocalizedText => ({
  es: write('es'),
  en: write('en'),
});

const p99Ms = (reports: WidgetReports) =>
  reportNumber(reports, 'online', 'headline.eventToPredictionMs.p99');

export const queueingKneeLesson: WidgetLesson = {
  predict: {
    kind: 'number',
    question: {
      es: `Con ${KNEE_START_SERVERS} réplicas ocupadas el ${percent('es', KNEE_GIVEN_UTILIZATION)} del tiempo, 99 de cada 100 respuestas llegan en menos de ${whole('es', GIVEN_P99_MS)} ms (lo dice la teoría de colas). En esta ejecución llegan más peticiones y las réplicas están ocupadas el ${percent('es', KNEE_START_UTILIZATION)} del tiempo: ¿en cuántos milisegundos llegarán 99 de cada 100 respuestas (el p99)?`,
      en: `With ${KNEE_START_SERVERS} replicas busy ${percent('en', KNEE_GIVEN_UTILIZATION)} of the time, 99 in 100 answers arrive within ${whole('en', GIVEN_P99_MS)} ms (queueing theory says so). In this run more requests arrive and the replicas are busy ${percent('en', KNEE_START_UTILIZATION)} of the time: within how many milliseconds will 99 in 100 answers arrive (the p99)?`,
    },
    unit: 'ms',
    range: { min: 1, max: 1_000_000 },
    measure: p99Ms,
    within: 1.5,
  },
  explain: both((l) => {
    const given = percent(l, KNEE_GIVEN_UTILIZATION);
    const asked = percent(l, KNEE_START_UTILIZATION);
    const slackGiven = percent(l, 1 - KNEE_GIVEN_UTILIZATION);
    const slackAsked = percent(l, 1 - KNEE_START_UTILIZATION);
    return l === 'es'
      ? `Una petición que encuentra todas las réplicas ocupadas espera en la fila, y la espera crece más o menos como 1 / (1 − ocupación): del ${given} al ${asked} la holgura pasa del ${slackGiven} al ${slackAsked} y el p99 se multiplica. Por debajo del codo la carga apenas se nota en la latencia; por eso un servicio online se dimensiona con réplicas de sobra.`
      : `A request that finds every replica busy waits in the queue, and the wait grows roughly as 1 / (1 − utilisation): from ${given} to ${asked} the slack shrinks from ${slackGiven} to ${slackAsked} and the p99 multiplies. Below the knee the load hardly shows in the latency, which is why an online service is sized with replicas to spare.`;
  }),
  tryThis: both((l) => {
    const half = whole(l, rateForUtilization(0.5, KNEE_START_SERVERS));
    const start = whole(l, rateForUtilization(KNEE_START_UTILIZATION, KNEE_START_SERVERS));
    const twice = KNEE_START_SERVERS * 2;
    return l === 'es'
      ? `Baja a ${half} peticiones/s y sube poco a poco hasta ${start}: cada ejecución deja su punto y aparece el codo. Luego prueba ${twice} réplicas con el doble de peticiones: misma ocupación, menos espera.`
      : `Go down to ${half} requests/s and climb step by step to ${start}: each run leaves its point and the knee appears. Then try ${twice} replicas with twice the requests: same utilisation, shorter wait.`;
  }),
  challenge: {
    task: both((l) =>
      l === 'es'
        ? `Atiende ${whole(l, KNEE_CHALLENGE_RATE_PER_S)} peticiones por segundo con un p99 por debajo de ${whole(l, KNEE_CHALLENGE_P99_MS)} ms y con las réplicas justas: cada una ocupada al menos el ${percent(l, KNEE_CHALLENGE_MIN_UTILIZATION)} del tiempo.`
        : `Serve ${whole(l, KNEE_CHALLENGE_RATE_PER_S)} requests per second with p99 under ${whole(l, KNEE_CHALLENGE_P99_MS)} ms on just enough replicas: each busy at least ${percent(l, KNEE_CHALLENGE_MIN_UTILIZATION)} of the time.`,
    ),
    met: (reports, controls) =>
      Number(controls.arrivalRatePerS) >= KNEE_CHALLENGE_RATE_PER_S &&
      p99Ms(reports) < KNEE_CHALLENGE_P99_MS &&
      reportNumber(reports, 'online', 'headline.utilization') >= KNEE_CHALLENGE_MIN_UTILIZATION,
    solution: { arrivalRatePerS: KNEE_CHALLENGE_RATE_PER_S, servers: FEWEST_SERVERS },
  },
};
