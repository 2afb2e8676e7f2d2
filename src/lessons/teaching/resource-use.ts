import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';

/**
 * resource-use: a daily batch job and an always-on online replica serving the same million
 * predictions a day (content popularity). The surprise: the job on four machines is far cheaper
 * per prediction than the single replica, because it is paid for minutes a day, not all day.
 * Honest note: the job's machines are not "busy while it runs": with this small model, scoring
 * takes under a second and the 2-minute start-up is almost all of the time paid.
 */

const COST = 'headline.costPer1000Predictions';

/** How many times online's cost per prediction is batch's. */
function onlineOverBatch(reports: WidgetReports): number {
  return reportNumber(reports, 'online', COST) / reportNumber(reports, 'batch', COST);
}

/** Within this factor either way the two cost "about the same". */
const ABOUT_SAME = 2;
/** Beyond this factor batch is "far" cheaper (the order of magnitude the answer turns on). */
const FAR_CHEAPER = 20;

/**
 * The challenge: batch this many times cheaper than online, with online left at one replica
 * (else adding replicas would meet it without touching the job). Only the fewest machines, 1,
 * reach it (about 720 times; 2 machines: about 360): the start-up dominates, so more machines
 * add cost but keep the cluster up just as long, as its time-up share shows.
 */
const MIN_TIMES_CHEAPER = 500;
const ONLINE_REPLICAS = 1;

export const resourceUseLesson: WidgetLesson = {
  predict: {
    kind: 'choice',
    question: {
      es: 'Una vez al día, un trabajo batch con 4 máquinas calcula el millón de predicciones del día; un servicio online con una sola réplica, encendida todo el día, las calcula una a una a medida que se piden. ¿Cuál sale más barato por cada 1000 predicciones?',
      en: "Once a day, a batch job on 4 machines computes the day's million predictions; an online service with a single replica, up all day, computes them one by one as they are asked for. Which one costs less per 1000 predictions?",
    },
    options: [
      {
        id: 'online',
        label: {
          es: 'Online: usa una máquina y el batch, cuatro',
          en: 'Online: it uses one machine, batch uses four',
        },
      },
      {
        id: 'same',
        label: {
          es: `Más o menos lo mismo (menos de ${ABOUT_SAME} veces de diferencia)`,
          en: `About the same (less than ${ABOUT_SAME} times apart)`,
        },
      },
      {
        id: 'batch',
        label: {
          es: `Batch, entre ${ABOUT_SAME} y ${FAR_CHEAPER} veces más barato`,
          en: `Batch, ${ABOUT_SAME} to ${FAR_CHEAPER} times cheaper`,
        },
      },
      {
        id: 'batch-far',
        label: {
          es: `Batch, más de ${FAR_CHEAPER} veces más barato`,
          en: `Batch, more than ${FAR_CHEAPER} times cheaper`,
        },
      },
    ],
    answer: (reports) => {
      const ratio = onlineOverBatch(reports);
      if (ratio < 1 / ABOUT_SAME) return 'online';
      if (ratio <= ABOUT_SAME) return 'same';
      return ratio <= FAR_CHEAPER ? 'batch' : 'batch-far';
    },
  },
  explain: {
    es: 'Las máquinas del batch se pagan solo los 2 minutos al día que el trabajo está encendido, y casi todo ese tiempo lo pasan arrancando: puntuar un millón de filas con este modelo pequeño lleva menos de un segundo. La réplica online se paga las 24 horas y trabaja mucho menos del 1 % de ellas: cada predicción suya carga con más tiempo ocioso.',
    en: 'The batch machines are paid only for the 2 minutes a day the job is up, and spend nearly all of it starting up: scoring a million rows with this small model takes under a second. The online replica is paid for all 24 hours and works well under 1% of them, so each of its predictions carries far more idle time.',
  },
  tryThis: {
    es: 'Sube el trabajo batch a 16 máquinas: ¿pasa menos tiempo encendido? ¿Qué le ocurre a su costo por cada 1000 predicciones?',
    en: 'Raise the batch job to 16 machines: is it up for any less of the day? What happens to its cost per 1000 predictions?',
  },
  challenge: {
    task: {
      es: `Haz que el batch sea al menos ${MIN_TIMES_CHEAPER} veces más barato por predicción que el online, sin tocar el online: ${ONLINE_REPLICAS} réplica.`,
      en: `Make batch at least ${MIN_TIMES_CHEAPER} times cheaper per prediction than online, leaving online at ${ONLINE_REPLICAS} replica.`,
    },
    met: (reports, controls) =>
      controls.servers === ONLINE_REPLICAS && onlineOverBatch(reports) >= MIN_TIMES_CHEAPER,
    solution: { workers: 1 },
  },
};
