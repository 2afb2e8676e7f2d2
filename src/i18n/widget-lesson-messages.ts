import type { Locale } from '../locale/locales.ts';
import type { GuessUnit } from '../lessons/widget-lesson.ts';

/** What a slide widget says around its question, its run, its reveal and its challenge. */
export interface WidgetLessonText {
  questionHeading: string;
  /** The choice of which mode's mechanism the strip shows. */
  watchLabel: string;
  /** The label of the number field, naming its unit. */
  guessLabel: (unit: string) => string;
  /** A unit as written after a number; `currency` for money per 1000 predictions. */
  /** A guess's unit; `count` 1 takes the singular ("1 run"), anything else the plural. */
  unit: (unit: GuessUnit, currency: string, count?: number) => string;
  guessEmpty: string;
  guessNotANumber: string;
  guessOutOfRange: (min: string, max: string) => string;
  answer: string;
  changeAnswer: string;
  answerFirst: string;
  /** Before the outcome: the knobs the learner may turn once they have seen it. */
  knobsAfter: (labels: string[]) => string;
  run: string;
  pause: string;
  resume: string;
  skipToEnd: string;
  runAgain: string;
  /** The simulated clock: time now of the run's total. */
  clock: (now: string, end: string) => string;
  running: string;
  revealHeading: string;
  yourAnswer: (answer: string) => string;
  measured: (value: string) => string;
  right: string;
  wrong: string;
  whyHeading: string;
  claimHeading: string;
  tryHeading: string;
  challengeHeading: string;
  challengeMet: string;
  challengeMetBefore: string;
  challengeNotYet: string;
  challengeChecking: string;
  showSolution: string;
  solutionSet: string;
}

const es: WidgetLessonText = {
  questionHeading: 'Antes de ejecutar: ¿qué crees que pasará?',
  watchLabel: 'Ver el mecanismo de',
  guessLabel: (unit) => `Tu respuesta (${unit})`,
  unit: (unit, currency, count) =>
    ({
      ms: 'ms',
      s: 's',
      min: 'min',
      h: 'h',
      d: count === 1 ? 'día' : 'días',
      percent: '%',
      runs: count === 1 ? 'ejecución' : 'ejecuciones',
      times: count === 1 ? 'vez' : 'veces',
      per1000: `${currency} por 1000 predicciones`,
    })[unit],
  guessEmpty: 'Escribe un número para responder.',
  guessNotANumber: 'Escribe solo un número, por ejemplo 12 o 2,5.',
  guessOutOfRange: (min, max) => `Escribe un número entre ${min} y ${max}.`,
  answer: 'Responder',
  changeAnswer: 'Cambiar mi respuesta',
  answerFirst: 'Responde primero; luego ejecuta la simulación para ver si acertaste.',
  knobsAfter: (labels) => `Después del resultado podrás mover: ${labels.join('; ')}.`,
  run: 'Ejecutar',
  pause: 'Pausa',
  resume: 'Continuar',
  skipToEnd: 'Saltar al final',
  runAgain: 'Ejecutar de nuevo',
  clock: (now, end) => `Tiempo simulado: ${now} de ${end}`,
  running: 'La simulación está en marcha…',
  revealHeading: 'Resultado',
  yourAnswer: (answer) => `Tu respuesta: ${answer}`,
  measured: (value) => `La simulación: ${value}`,
  right: '¡Acertaste!',
  wrong: 'No exactamente.',
  whyHeading: 'Por qué',
  claimHeading: 'La idea',
  tryHeading: 'Prueba esto',
  challengeHeading: 'Reto',
  challengeMet: 'Reto cumplido.',
  challengeMetBefore: 'Ya cumpliste este reto.',
  challengeNotYet: 'Aún no: mueve un control y deja que termine.',
  challengeChecking: 'Comprobando el reto cuando la simulación termine…',
  showSolution: 'Ver una solución',
  solutionSet: 'Controles puestos en una solución: mira cómo termina la simulación.',
};

const en: WidgetLessonText = {
  questionHeading: 'Before it runs: what do you expect?',
  watchLabel: 'Watch the mechanism of',
  guessLabel: (unit) => `Your answer (${unit})`,
  unit: (unit, currency, count) =>
    ({
      ms: 'ms',
      s: 's',
      min: 'min',
      h: 'h',
      d: count === 1 ? 'day' : 'days',
      percent: '%',
      runs: count === 1 ? 'run' : 'runs',
      times: count === 1 ? 'time' : 'times',
      per1000: `${currency} per 1000 predictions`,
    })[unit],
  guessEmpty: 'Type a number to answer.',
  guessNotANumber: 'Type a number only, for example 12 or 2.5.',
  guessOutOfRange: (min, max) => `Type a number from ${min} to ${max}.`,
  answer: 'Answer',
  changeAnswer: 'Change my answer',
  answerFirst: 'Answer first; then run the simulation to see whether you were right.',
  knobsAfter: (labels) => `Once you have seen the outcome you can turn: ${labels.join('; ')}.`,
  run: 'Run',
  pause: 'Pause',
  resume: 'Resume',
  skipToEnd: 'Skip to the end',
  runAgain: 'Run again',
  clock: (now, end) => `Simulated time: ${now} of ${end}`,
  running: 'The simulation is running…',
  revealHeading: 'Outcome',
  yourAnswer: (answer) => `Your answer: ${answer}`,
  measured: (value) => `The simulation: ${value}`,
  right: 'You got it!',
  wrong: 'Not quite.',
  whyHeading: 'Why',
  claimHeading: 'The idea',
  tryHeading: 'Try this',
  challengeHeading: 'Challenge',
  challengeMet: 'Challenge met.',
  challengeMetBefore: 'You have met this challenge before.',
  challengeNotYet: 'Not yet: turn a knob and let the run finish.',
  challengeChecking: 'Checking the challenge when the simulation ends…',
  showSolution: 'Show a solution',
  solutionSet: 'Controls set to a solution: watch how the simulation ends.',
};

export const widgetLessonMessages: Record<Locale, WidgetLessonText> = { es, en };
