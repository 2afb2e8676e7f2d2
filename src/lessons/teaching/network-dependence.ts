import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';

/**
 * network-dependence: hotel guests ask for activity recommendations over a 60 ms round trip,
 * served by a 20 ms model. The surprise: the model is only about a quarter of what a guest waits,
 * so a model twice as fast saves little (about 12% of the wait), and even a model that takes no
 * time at all cannot answer faster than the round trip.
 */

/** The model's share of a typical guest's wait, in percent: the median minus the round trip. */
function modelSharePercent(reports: WidgetReports): number {
  const wait = reportNumber(reports, 'online', 'latencyMs.p50');
  const network = reportNumber(reports, 'online', 'params.networkRttMs');
  return (100 * (wait - network)) / wait;
}

/**
 * The challenge: 99 of 100 guests answered within this, below the starting 60 ms round trip, so
 * that no model, not even the instant one, meets it on that network: the round trip must fall.
 */
const MAX_P99_MS = 50;

export const networkDependenceLesson: WidgetLesson = {
  predict: {
    kind: 'number',
    question: {
      es: 'Un huésped pide recomendaciones de actividades: el modelo tarda 20 ms en calcularlas y la red, ida y vuelta, 60 ms. Del tiempo que espera un huésped típico, ¿qué parte (en %) es trabajo del modelo?',
      en: 'A guest asks for activity recommendations: the model takes 20 ms to compute them and the network round trip takes 60 ms. Of the time a typical guest waits, what share (in %) is the model at work?',
    },
    unit: 'percent',
    range: { min: 0, max: 100 },
    measure: modelSharePercent,
    // 1.5 either way: 17% to 38% around the measured quarter; "most of it" is wrong.
    within: 1.5,
  },
  explain: {
    es: 'Cada petición paga el viaje completo por la red antes y después del modelo, y ese viaje no depende de lo que haga el modelo, así que se lleva la mayor parte de la espera. Acelerar el modelo solo recorta su propia parte, la pequeña: con el doble de velocidad el huésped gana unos 10 ms de unos 80.',
    en: 'Every request pays the whole trip over the network before and after the model, and that trip does not depend on what the model does, so it takes most of the wait. Speeding up the model only trims its own part, the small one: twice as fast saves the guest about 10 ms out of some 80.',
  },
  tryThis: {
    es: 'Elige el modelo casi instantáneo y mira la mediana: ¿baja de los 60 ms de la red? Luego deja el modelo actual y baja la red a 20 ms.',
    en: 'Choose the almost instant model and watch the median: does it drop below the 60 ms of the network? Then keep the current model and lower the network to 20 ms.',
  },
  challenge: {
    task: {
      es: `Responde a 99 de cada 100 huéspedes en menos de ${MAX_P99_MS} ms (p99).`,
      en: `Answer 99 in 100 guests in under ${MAX_P99_MS} ms (p99).`,
    },
    met: (reports) => reportNumber(reports, 'online', 'latencyMs.p99') < MAX_P99_MS,
    // The instant model behind a 30 ms round trip (a region nearer the hotel): p99 about 30 ms.
    solution: { networkRttMs: 30, service: 'lognormal:0.0001247:0.065' },
  },
};
