import type { Locale } from '../locale/locales.ts';
import { messages } from './messages.ts';
import type { QuizText } from './quiz-text.ts';

/**
 * The quiz pages' strings (src/ui/quiz), in both languages. The deployment types keep the names
 * the rest of the course gives them, so a classify question offers the words the lessons taught.
 */
const modeNames = (locale: Locale) => {
  const { batch, online, streaming } = messages[locale].modes;
  return { batch: batch.name, online: online.name, streaming: streaming.name };
};

const es: QuizText = {
  page: {
    loading: 'Cargando el cuestionario…',
    loadError: 'No se pudo cargar el cuestionario.',
    noSuchQuiz: (lessonId) => `No hay un cuestionario para «${lessonId}».`,
    backToContents: 'Volver al índice',
    lessonQuiz: (n) => `Cuestionario de la lección ${n}`,
    finalQuiz: 'Cuestionario final del curso',
    backToLesson: (title) => `Volver a la lección: ${title}`,
    lead: 'Comprueba cada pregunta para ver por qué cada opción es correcta o no. Puedes intentarlo de nuevo las veces que quieras: se guarda tu mejor puntuación.',
    best: (points, max) => `Tu mejor puntuación: ${points} de ${max}`,
    keysWait:
      'Comprueba las preguntas que faltan antes de seguir con las flechas: un intento a medias no se guarda. Los enlaces siguen funcionando.',
  },
  links: {
    lessonQuiz: 'Hacer el cuestionario',
    finalQuiz: 'Hacer el cuestionario final',
  },
  questionNumber: (n, total) => `Pregunta ${n} de ${total}`,
  howTo: {
    single: 'Elige una opción.',
    multiple: 'Marca todas las opciones que correspondan.',
    classify: 'Elige un tipo de despliegue para cada situación.',
    predict:
      'Escribe tu predicción y después ejecuta la simulación: se comparará con el resultado simulado.',
  },
  check: 'Comprobar',
  outcome: (outcome, points) =>
    ({
      right: `Correcto: ${points} de 1 punto.`,
      partial: `En parte: ${points} de 1 punto.`,
      wrong: `Incorrecto: ${points} de 1 punto.`,
    })[outcome],
  optionVerdicts: {
    single: {
      'picked-right': 'Tu respuesta, correcta.',
      'picked-wrong': 'Tu respuesta, incorrecta.',
      missed: 'La respuesta correcta.',
      'left-out': 'Incorrecta.',
    },
    multiple: {
      'picked-right': 'La marcaste y corresponde.',
      'picked-wrong': 'La marcaste, pero no corresponde.',
      missed: 'No la marcaste, pero corresponde.',
      'left-out': 'No la marcaste, y bien: no corresponde.',
    },
  },
  modes: modeNames('es'),
  classifyVerdict: (placed, expected, right) =>
    right
      ? `Tu respuesta: ${placed}. Correcto.`
      : `Tu respuesta: ${placed}. Corresponde a: ${expected}.`,
  score: {
    heading: 'Puntuación',
    partial: (points, max, checked, total) =>
      `${points} de ${max} puntos; ${checked === 1 ? 'comprobada 1 pregunta' : `comprobadas ${checked} preguntas`} de ${total}.`,
    final: (points, max) => `Puntuación final: ${points} de ${max} puntos.`,
    tryAgain: 'Intentar de nuevo',
    tryAgainHelp: 'Borra tus respuestas para empezar otra vez; tu mejor puntuación se conserva.',
  },
  predict: {
    label: (unit) => `Tu predicción (${unit})`,
    format:
      'Escribe un número, con coma decimal si hace falta (por ejemplo 12,5) y sin separador de miles.',
    toleranceRelative: (percent) => `Se acepta un margen de ±${percent} del valor simulado.`,
    toleranceAbsolute: (value) => `Se acepta un margen de ±${value}.`,
    run: 'Ejecutar la simulación',
    cancel: 'Cancelar la simulación',
    progressLabel: 'Avance de la simulación',
    running: 'Simulando en segundo plano…',
    progress: (percent) => `${percent} simulado`,
    cancelled: 'Simulación cancelada. Puedes volver a ejecutarla.',
    failed: 'La simulación no pudo terminar en este navegador. Vuelve a ejecutarla.',
    problems: {
      empty: 'Escribe tu predicción antes de ejecutar la simulación.',
      notANumber: 'Escribe solo un número, por ejemplo 12,5.',
      ambiguous: (typed) =>
        `«${typed}» puede leerse como mil o como uno: escribe los miles sin punto (1000) y los decimales con coma (1,5).`,
    },
    resultHeading: 'Resultado de la simulación',
    prediction: 'Tu predicción',
    simulated: 'Valor simulado',
    allowed: 'Margen aceptado',
    allowedRange: (margin, low, high) => `±${margin} (de ${low} a ${high})`,
    verdictLabel: 'Veredicto',
    verdicts: {
      within: 'Dentro del margen.',
      'too-low': 'Por debajo del margen: el valor simulado es mayor.',
      'too-high': 'Por encima del margen: el valor simulado es menor.',
    },
  },
};

const en: QuizText = {
  page: {
    loading: 'Loading the quiz…',
    loadError: 'The quiz could not be loaded.',
    noSuchQuiz: (lessonId) => `There is no quiz for "${lessonId}".`,
    backToContents: 'Back to the contents',
    lessonQuiz: (n) => `Lesson ${n} quiz`,
    finalQuiz: "The course's final quiz",
    backToLesson: (title) => `Back to the lesson: ${title}`,
    lead: 'Check each question to see why each option is right or wrong. You may try again as often as you like: your best score is kept.',
    best: (points, max) => `Your best: ${points} of ${max}`,
    keysWait:
      'Check the remaining questions before moving on with the arrow keys: a half-done attempt is not kept. The links still work.',
  },
  links: { lessonQuiz: 'Take the quiz', finalQuiz: 'Take the final quiz' },
  questionNumber: (n, total) => `Question ${n} of ${total}`,
  howTo: {
    single: 'Choose one option.',
    multiple: 'Tick every option that applies.',
    classify: 'Choose a deployment type for each scenario.',
    predict:
      'Enter your prediction, then run the simulation: it will be compared with the simulated result.',
  },
  check: 'Check',
  outcome: (outcome, points) =>
    ({
      right: `Right: ${points} of 1 point.`,
      partial: `Partly right: ${points} of 1 point.`,
      wrong: `Not right: ${points} of 1 point.`,
    })[outcome],
  optionVerdicts: {
    single: {
      'picked-right': 'Your answer, right.',
      'picked-wrong': 'Your answer, not right.',
      missed: 'The right answer.',
      'left-out': 'Not right.',
    },
    multiple: {
      'picked-right': 'You ticked it, and it applies.',
      'picked-wrong': 'You ticked it, but it does not apply.',
      missed: 'You did not tick it, but it applies.',
      'left-out': 'You did not tick it, rightly: it does not apply.',
    },
  },
  modes: modeNames('en'),
  classifyVerdict: (placed, expected, right) =>
    right
      ? `Your answer: ${placed}. Right.`
      : `Your answer: ${placed}. It belongs to: ${expected}.`,
  score: {
    heading: 'Score',
    partial: (points, max, checked, total) =>
      `${points} of ${max} points; ${checked} of ${total} ${total === 1 ? 'question' : 'questions'} checked.`,
    final: (points, max) => `Final score: ${points} of ${max} points.`,
    tryAgain: 'Try again',
    tryAgainHelp: 'Clears your answers to start over; your best score is kept.',
  },
  predict: {
    label: (unit) => `Your prediction (${unit})`,
    format:
      'Enter a number, with a decimal point if needed (for example 12.5) and no thousands separators.',
    toleranceRelative: (percent) => `A margin of ±${percent} of the simulated value is accepted.`,
    toleranceAbsolute: (value) => `A margin of ±${value} is accepted.`,
    run: 'Run the simulation',
    cancel: 'Cancel the simulation',
    progressLabel: 'Simulation progress',
    running: 'Simulating in the background…',
    progress: (percent) => `${percent} simulated`,
    cancelled: 'Simulation cancelled. You can run it again.',
    failed: 'The simulation could not finish in this browser. Run it again.',
    problems: {
      empty: 'Enter your prediction before running the simulation.',
      notANumber: 'Enter just a number, for example 12.5.',
      ambiguous: (typed) =>
        `"${typed}" could mean a thousand or one: write thousands without a comma (1000) and decimals with a point (1.5).`,
    },
    resultHeading: 'Simulation result',
    prediction: 'Your prediction',
    simulated: 'Simulated value',
    allowed: 'Accepted margin',
    allowedRange: (margin, low, high) => `±${margin} (from ${low} to ${high})`,
    verdictLabel: 'Verdict',
    verdicts: {
      within: 'Within the margin.',
      'too-low': 'Below the margin: the simulated value is higher.',
      'too-high': 'Above the margin: the simulated value is lower.',
    },
  },
};

export const quizMessages: Record<Locale, QuizText> = { es, en };
