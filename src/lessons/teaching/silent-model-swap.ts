import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';

/**
 * silent-model-swap: at minute 20 of an hour of hotel recommendations (5 requests a second), a new
 * model version replaces the one in service. The guess many people make: a few requests fail while
 * the new version starts. The run: none do, because the old version keeps answering until the new
 * one is ready. The challenge turns to the other side of a silent swap: a slower version goes in
 * just as silently with blue/green, and only the canary's analysis stops it.
 */

/** Requests that got no answer: answered with an error, rejected, or dropped after waiting. */
function lostRequests(reports: WidgetReports): number {
  return ['counts.failed', 'counts.rejected', 'counts.timedOut']
    .map((path) => reportNumber(reports, 'online', path))
    .reduce((sum, n) => sum + n, 0);
}

/**
 * "A few" lost requests: up to this share of all requests. Losing those that arrive while the new
 * version starts (5 s at 5 a second, about 25 of some 18,000) would be well under it.
 */
const FEW_LOST_SHARE = 0.01;

/** The slower new version (one of the widget's choices): 40 ms against the current 30 ms. */
const SLOWER_VERSION = 'lognormal:40:0.4';
/** The storyboard's bound: a bad version reaches fewer than this many requests. */
const MAX_ANSWERED_BY_SLOWER = 500;

export const silentModelSwapLesson: WidgetLesson = {
  predict: {
    kind: 'choice',
    question: {
      es: 'En el minuto 20 se despliega una versión nueva del modelo mientras los huéspedes siguen pidiendo recomendaciones, 5 por segundo. La nueva tarda unos segundos en arrancar y cargar el modelo. ¿Cuántas peticiones se pierden en el cambio?',
      en: 'At minute 20 a new version of the model is deployed while guests keep asking for recommendations, 5 a second. The new one takes a few seconds to start and load the model. How many requests are lost in the swap?',
    },
    options: [
      {
        id: 'none',
        label: { es: 'Ninguna: todas reciben respuesta', en: 'None: every one gets an answer' },
      },
      {
        id: 'few',
        label: {
          es: 'Unas pocas: las que llegan mientras la nueva arranca',
          en: 'A few: those arriving while the new one starts',
        },
      },
      {
        id: 'many',
        label: {
          es: `Muchas: más del ${FEW_LOST_SHARE * 100} % de todas`,
          en: `Many: more than ${FEW_LOST_SHARE * 100}% of them all`,
        },
      },
    ],
    answer: (reports) => {
      const lost = lostRequests(reports);
      if (lost === 0) return 'none';
      const all = reportNumber(reports, 'online', 'counts.arrived');
      return lost <= FEW_LOST_SHARE * all ? 'few' : 'many';
    },
  },
  explain: {
    es: 'Cambiar de versión no reinicia el servicio: las réplicas nuevas arrancan y cargan el modelo al lado de las viejas, que siguen respondiendo, y el balanceador de carga solo les pasa el tráfico cuando están listas. Las peticiones que ya estaban en curso terminan en la versión anterior, así que nadie espera el arranque ni recibe un error.',
    en: 'Swapping versions does not restart the service: new replicas start and load the model beside the old ones, which keep answering, and the load balancer sends them traffic only once they are ready. Requests under way finish on the old version, so nobody waits for the start-up or gets an error.',
  },
  tryThis: {
    es: 'Elige la versión más lenta (40 ms) con azul/verde: ¿se pierde alguna petición? Mira ahora el p99 y cuántas respuestas da la versión nueva.',
    en: 'Choose the slower version (40 ms) with blue/green: is any request lost? Now look at the p99 and at how many answers the new version gives.',
  },
  challenge: {
    task: {
      es: `Supón que la versión nueva es la más lenta (40 ms): elígela y despliégala de modo que responda a menos de ${MAX_ANSWERED_BY_SLOWER} peticiones, sin perder ninguna.`,
      en: `Suppose the new version is the slower one (40 ms): choose it and roll it out so that it answers fewer than ${MAX_ANSWERED_BY_SLOWER} requests, losing none.`,
    },
    met: (reports, controls) =>
      controls.newService === SLOWER_VERSION &&
      reportNumber(reports, 'online', 'completedByVersion.1') < MAX_ANSWERED_BY_SLOWER &&
      lostRequests(reports) === 0,
    // The canary sends it 10% of the traffic, its p99 fails the analysis twice, and it is rolled
    // back after about 60 requests; blue/green would give it every request after minute 20.
    solution: { rollout: 'canary', newService: SLOWER_VERSION },
  },
};
