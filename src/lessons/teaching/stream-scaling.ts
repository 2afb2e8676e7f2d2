import { reportNumber, type WidgetLesson, type WidgetReports } from '../widget-lesson.ts';

/**
 * stream-scaling: 8 consumers read a topic of 8 partitions and fall behind the 1500 card
 * transactions a second (6 ms a record: about 166 a second each, 1330 in all). At minute 2 the
 * group grows to 12, which on paper could keep up (about 2000 a second). The surprise: the
 * backlog keeps growing to the end, because a partition is read by one consumer only, so 4 of
 * the 12 get nothing; and more partitions are not the whole answer either: with 16, four
 * consumers read two each and set the pace. Only as many partitions as consumers (12) catch up.
 */

const FINAL = 'streaming.lag.final';
const PEAK = 'streaming.lag.max';

/** Caught up: fewer records waiting than this many seconds of arrivals (a micro-batch is 0.2 s). */
const CAUGHT_UP_S = 1;
/** Still growing: the backlog at the end is at least this share of its peak (near its highest). */
const STILL_GROWING_SHARE = 0.95;

/** Records waiting at the end under CAUGHT_UP_S seconds' worth of the stream? */
function caughtUp(reports: WidgetReports): boolean {
  const perSecond = reportNumber(reports, 'streaming', 'streaming.throughputInPerS');
  return reportNumber(reports, 'streaming', FINAL) < CAUGHT_UP_S * perSecond;
}

export const streamScalingLesson: WidgetLesson = {
  predict: {
    kind: 'choice',
    question: {
      es: 'Un tema de 8 particiones recibe 1500 transacciones por segundo y sus 8 consumidores se van quedando atrás: los eventos sin procesar (el retraso, o lag) crecen. En el minuto 2 se suman 4 consumidores más, 12 en total, que sobre el papel bastan. ¿Cómo está el retraso al final, en el minuto 5?',
      en: 'A topic of 8 partitions receives 1500 transactions a second and its 8 consumers fall behind: the events waiting to be processed (the lag) grow. At minute 2, 4 more consumers join, 12 in all, enough on paper. Where is the lag at the end, at minute 5?',
    },
    options: [
      {
        id: 'caught-up',
        label: {
          es: 'Al día: casi nada por procesar',
          en: 'Caught up: almost nothing waiting',
        },
      },
      {
        id: 'shrinking',
        label: {
          es: 'Bajando, pero aún sin ponerse al día',
          en: 'Shrinking, but not caught up yet',
        },
      },
      {
        id: 'growing',
        label: {
          es: 'Sigue creciendo: más alto que nunca',
          en: 'Still growing: higher than ever',
        },
      },
    ],
    answer: (reports) => {
      if (caughtUp(reports)) return 'caught-up';
      const final = reportNumber(reports, 'streaming', FINAL);
      const peak = reportNumber(reports, 'streaming', PEAK);
      return final >= STILL_GROWING_SHARE * peak ? 'growing' : 'shrinking';
    },
  },
  explain: {
    es: 'Cada partición la lee un solo consumidor del grupo: con 8 particiones, 8 de los 12 consumidores reciben una y los otros 4 se quedan sin nada, así que el grupo no va más rápido que antes. Encima, el cambio detiene a todos durante el rebalanceo, y lo que llega mientras tanto se suma al retraso.',
    en: 'Each partition is read by a single consumer of the group: with 8 partitions, 8 of the 12 consumers get one and the other 4 get nothing, so the group goes no faster than before. On top of that, the change pauses everyone for the rebalance, and what arrives meanwhile adds to the lag.',
  },
  tryThis: {
    es: 'Pon 16 particiones: ya no queda ningún consumidor sin trabajo, pero ¿se pone al día el grupo? Piensa en cómo se reparten 16 particiones entre 12 consumidores.',
    en: 'Set 16 partitions: no consumer is left without work now, but does the group catch up? Think of how 16 partitions are shared among 12 consumers.',
  },
  challenge: {
    task: {
      es: `Con los mismos 12 consumidores, ponte al día antes del minuto 5: que al final queden por procesar menos eventos de los que llegan en ${CAUGHT_UP_S} s.`,
      en: `With the same 12 consumers, catch up by minute 5: at the end, fewer events left waiting than arrive in ${CAUGHT_UP_S} s.`,
    },
    met: (reports) => caughtUp(reports),
    // One partition per consumer after the change: each reads 125 a second of its 166.
    solution: { partitions: 12 },
  },
};
