import type { Locale } from '../locale/locales.ts';
import type { DecideField } from '../decide/decide-url.ts';

/** The decision assistant's page (`#/decide`): its questions, its reasoning and its notices. */
export interface DecideText {
  title: string;
  intro: string;
  questionsHeading: string;
  known: string;
  knownHelp: string;
  maxAge: string;
  maxAgeHelp: string;
  blocking: string;
  blockingHelp: string;
  eventsPerS: string;
  eventsPerSHelp: string;
  yes: string;
  no: string;
  /** A value typed in a number field that cannot be used. */
  fieldRange: (min: string, max: string) => string;
  recommendationHeading: string;
  recommended: (mode: string) => string;
  reasoningHeading: string;
  /** Each step of the rule, by the question asked and the case's answer; `age` is written. */
  knownWindow: (age: string) => string;
  knownTooFresh: (age: string) => string;
  notKnown: string;
  blocks: string;
  doesNotBlock: string;
  ageBelowStreaming: (age: string) => string;
  ageStreaming: (age: string) => string;
  alsoBatch: (age: string) => string;
  decides: (mode: string) => string;
  servesHeading: string;
  servesYes: string;
  compareLink: string;
  shareHint: string;
  noticesHeading: string;
  dismiss: string;
  /** What was wrong with a field of the address, and that its default is used instead. */
  problem: (field: string, what: string, fallback: string) => string;
  notYesNo: (given: string) => string;
  notANumber: (given: string) => string;
  outOfRange: (given: string, min: string, max: string) => string;
  missing: string;
  fieldNames: Record<DecideField, string>;
}

const es: DecideText = {
  title: 'Asistente de decisión',
  intro:
    'Describe un caso con cuatro respuestas y el asistente recomienda batch, online o streaming, paso a paso. La dirección de la página guarda las respuestas: compártela y quien la abra verá el mismo caso.',
  questionsHeading: 'El caso',
  known: '¿La entrada existe antes de que haga falta la predicción?',
  knownHelp:
    'Sí: una tabla de clientes que se carga cada noche. No: un mensaje que alguien está escribiendo.',
  maxAge: 'Antigüedad máxima aceptable de una predicción (segundos)',
  maxAgeHelp: 'Desde el evento que crea la entrada hasta que su predicción se puede usar.',
  blocking: '¿Quien provoca el evento espera bloqueado la respuesta?',
  blockingHelp: 'Sí: un pago con tarjeta que espera la autorización. No: una revisión posterior.',
  eventsPerS: 'Eventos por segundo',
  eventsPerSHelp: 'Cuántas entradas hay que puntuar por segundo, de media.',
  yes: 'Sí',
  no: 'No',
  fieldRange: (min, max) => `Escribe un número entre ${min} y ${max}.`,
  recommendationHeading: 'Recomendación',
  recommended: (mode) => `Recomendado: ${mode}`,
  reasoningHeading: 'Por qué, paso a paso',
  knownWindow: (age) =>
    `La entrada existe de antemano y una predicción puede tener hasta ${age}: un trabajo programado al menos cada hora puntúa todo por adelantado, y quien necesita una predicción la lee de una tabla.`,
  knownTooFresh: (age) =>
    `La entrada existe de antemano, pero una predicción puede tener como mucho ${age}: menos de la hora que necesita un trabajo programado para arrancar, puntuar y publicar. Así que cuenta como una entrada que no se conoce de antemano.`,
  notKnown:
    'La entrada no existe hasta el momento del evento (un mensaje escrito, una tarjeta usada): no se puede puntuar por adelantado.',
  blocks:
    'Alguien espera bloqueado la respuesta: solo un servicio que responde a cada petición en cuanto llega puede desbloquearlo.',
  doesNotBlock:
    'Nadie espera bloqueado la respuesta: se puede escribir en algún sitio y leerse después.',
  ageBelowStreaming: (age) =>
    `Una predicción puede tener como mucho ${age}, menos de un segundo: un procesador de flujos (un broker, un grupo de consumidores, una escritura en un almacén) no lo cumple de forma fiable; un servicio que puntúa cada evento al llegar, sí.`,
  ageStreaming: (age) =>
    `Una predicción puede tener hasta ${age}, segundos o más: lo cumple un procesador de flujos que puntúa los eventos según llegan, por micro-lotes (Spark Structured Streaming) o de uno en uno (Flink, Kafka Streams).`,
  alsoBatch: (age) =>
    `Con predicciones de hasta ${age}, también serviría un trabajo programado cada hora o cada pocas horas sobre los eventos reunidos hasta entonces; streaming encaja mejor si los eventos llegan sin parar y no deben esperar a un horario.`,
  decides: (mode) => `Esto decide: ${mode}.`,
  servesHeading: 'Qué tipos pueden atender el caso',
  servesYes: 'puede atenderlo; el laboratorio de comparación mide cómo de bien y a qué costo.',
  compareLink: 'Abrir este caso en el laboratorio de comparación',
  shareHint: 'Comparte la dirección de esta página para enseñar el mismo caso.',
  noticesHeading: 'Avisos sobre la dirección',
  dismiss: 'Descartar',
  problem: (field, what, fallback) => `${field}: ${what} Se usa ${fallback}.`,
  notYesNo: (given) => `«${given}» no vale; escribe yes o no.`,
  notANumber: (given) => `«${given}» no es un número.`,
  outOfRange: (given, min, max) => `${given} está fuera del intervalo de ${min} a ${max}.`,
  missing: 'falta en la dirección.',
  fieldNames: {
    known: 'known (entrada conocida de antemano)',
    maxAgeS: 'maxAgeS (antigüedad máxima, s)',
    blocking: 'blocking (espera bloqueado)',
    eventsPerS: 'eventsPerS (eventos por segundo)',
  },
};

const en: DecideText = {
  title: 'Decision assistant',
  intro:
    'Describe a case in four answers and the assistant recommends batch, online or streaming, step by step. The page’s address keeps the answers: share it, and whoever opens it sees the same case.',
  questionsHeading: 'The case',
  known: 'Does the input exist before the prediction is needed?',
  knownHelp: 'Yes: a customer table loaded every night. No: a message someone is typing.',
  maxAge: 'Longest acceptable age of a prediction (seconds)',
  maxAgeHelp: 'From the event that creates the input to the moment its prediction can be used.',
  blocking: 'Does whoever causes the event wait, blocked, for the answer?',
  blockingHelp: 'Yes: a card payment waiting for authorisation. No: a review afterwards.',
  eventsPerS: 'Events per second',
  eventsPerSHelp: 'How many inputs there are to score each second, on average.',
  yes: 'Yes',
  no: 'No',
  fieldRange: (min, max) => `Type a number from ${min} to ${max}.`,
  recommendationHeading: 'Recommendation',
  recommended: (mode) => `Recommended: ${mode}`,
  reasoningHeading: 'Why, step by step',
  knownWindow: (age) =>
    `The input exists in advance and a prediction may be up to ${age} old: a job scheduled at least every hour scores everything ahead of time, and whoever needs a prediction reads it from a table.`,
  knownTooFresh: (age) =>
    `The input exists in advance, but a prediction may be at most ${age} old: less than the hour a scheduled job needs to start, score and publish. So it counts as an input not known in advance.`,
  notKnown:
    'The input does not exist until the event happens (a message typed, a card used): nothing can be scored ahead of time.',
  blocks:
    'Someone waits, blocked, for the answer: only a service that answers each request as it arrives can unblock them.',
  doesNotBlock:
    'Nobody waits, blocked, for the answer: it can be written somewhere and read later.',
  ageBelowStreaming: (age) =>
    `A prediction may be at most ${age} old, under a second: a stream processor (a broker, a consumer group, a write to a store) does not meet that dependably; a service scoring each event as it arrives does.`,
  ageStreaming: (age) =>
    `A prediction may be up to ${age} old, seconds or more: a stream processor scoring events as they arrive meets that, in micro-batches (Spark Structured Streaming) or one at a time (Flink, Kafka Streams).`,
  alsoBatch: (age) =>
    `With predictions up to ${age} old, a job scheduled every hour or every few hours over the events gathered so far would also serve; streaming fits better when events flow all the time and should not wait for a schedule.`,
  decides: (mode) => `This decides: ${mode}.`,
  servesHeading: 'Which modes can serve the case',
  servesYes: 'can serve it; the compare lab measures how well and at what cost.',
  compareLink: 'Open this case in the compare lab',
  shareHint: 'Share this page’s address to show the same case.',
  noticesHeading: 'Notices about the address',
  dismiss: 'Dismiss',
  problem: (field, what, fallback) => `${field}: ${what} Using ${fallback}.`,
  notYesNo: (given) => `“${given}” will not do; write yes or no.`,
  notANumber: (given) => `“${given}” is not a number.`,
  outOfRange: (given, min, max) => `${given} is outside the range from ${min} to ${max}.`,
  missing: 'missing from the address.',
  fieldNames: {
    known: 'known (input known in advance)',
    maxAgeS: 'maxAgeS (longest age, s)',
    blocking: 'blocking (caller blocked)',
    eventsPerS: 'eventsPerS (events per second)',
  },
};

export const decideMessages: Record<Locale, DecideText> = { es, en };
