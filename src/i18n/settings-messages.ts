import type { Locale } from '../locale/locales.ts';
import { motionSettings, type MotionSetting, type Theme } from '../store/progress/limits.ts';
import type { ProgressNoticeKind } from '../store/progress/persistence.ts';
import type { ProblemCode } from '../store/progress/problems.ts';

/** The theme picker, in the settings page and the site header. */
export interface ThemeText {
  label: string;
  options: Record<Theme, string>;
}

/** The motion setting, in the settings page. */
export interface MotionText {
  label: string;
  options: Record<MotionSetting, string>;
  /** What reduced motion changes, under the choices. */
  hint: string;
}

/**
 * The accepted values of the motion setting as a file holds them, for the message about a bad one;
 * from the list itself, so the message cannot fall out of step with what is accepted.
 */
function motionValues(locale: Locale, quote: (value: string) => string): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(motionSettings.map(quote));
}

/** The "continue where you left off" link. */
export interface ResumeText {
  link: (lessonNumber: number, lessonTitle: string, slide: number) => string;
}

/** Slides seen in one lesson, for the lessons index and the settings summary. */
export interface LessonProgressText {
  seen: (seen: number, total: number) => string;
  /** Challenges of the lesson's widgets met, of how many. */
  challenges: (met: number, total: number) => string;
}

/**
 * Every string of the settings and progress page. Both languages are typed against this one shape,
 * so a key missing from either is a compile error, as in messages.ts.
 */
export interface SettingsText {
  navLabel: string;
  heading: string;
  lead: string;
  preferencesHeading: string;
  theme: ThemeText;
  languageLabel: string;
  motion: MotionText;
  progressHeading: string;
  loading: string;
  loadError: string;
  courseSeen: (seen: number, total: number) => string;
  lessonLabel: (n: number, title: string) => string;
  lessonProgress: LessonProgressText;
  quizzesHeading: string;
  quizBest: (best: string, max: string, attempts: number) => string;
  quizNotTaken: string;
  resume: ResumeText;
  nothingToResume: string;
  dataHeading: string;
  dataLead: string;
  exportButton: string;
  exported: (fileName: string) => string;
  importLabel: string;
  importHelp: string;
  imported: string;
  importedPartly: (dropped: number) => string;
  importRefused: string;
  importUnreadable: string;
  problemsLabel: string;
  /** Introduces where in the file a problem is (a path such as `quizzes.02-batch`). */
  problemPlace: string;
  problems: Record<ProblemCode, string>;
  resetButton: string;
  resetQuestion: string;
  resetWarning: string;
  resetConfirm: string;
  resetCancel: string;
  resetDone: string;
  noticeHeading: string;
  notices: Record<ProgressNoticeKind, string>;
  dismissNotice: string;
}

const es: SettingsText = {
  navLabel: 'Ajustes',
  heading: 'Ajustes y progreso',
  lead: 'Tu progreso y tus ajustes se guardan solo en este navegador. Puedes exportarlos a un archivo para llevarlos a otro dispositivo.',
  preferencesHeading: 'Preferencias',
  theme: {
    label: 'Tema',
    options: { light: 'Claro', dark: 'Oscuro', system: 'Como el sistema' },
  },
  languageLabel: 'Idioma',
  motion: {
    label: 'Movimiento',
    options: { system: 'Como el sistema', reduce: 'Reducido', full: 'Completo' },
    hint: 'Con el movimiento reducido no hay transiciones ni animaciones, y la animación de las peticiones del laboratorio online se sustituye por cifras. «Como el sistema» sigue el ajuste de reducir el movimiento de tu sistema.',
  },
  progressHeading: 'Tu progreso',
  loading: 'Cargando las lecciones…',
  loadError: 'No se pudieron cargar las lecciones de este sitio.',
  courseSeen: (seen, total) => `Has visto ${seen} de ${total} diapositivas del curso.`,
  lessonLabel: (n, title) => `Lección ${n}: ${title}`,
  lessonProgress: {
    seen: (seen, total) => `${seen} de ${total} diapositivas vistas`,
    challenges: (met, total) =>
      `${met} de ${total} ${total === 1 ? 'reto cumplido' : 'retos cumplidos'} en las simulaciones`,
  },
  quizzesHeading: 'Cuestionarios',
  quizBest: (best, max, attempts) =>
    `Mejor resultado: ${best} de ${max} (${attempts === 1 ? '1 intento' : `${attempts} intentos`})`,
  quizNotTaken: 'Sin intentos todavía',
  resume: {
    link: (n, title, slide) =>
      `Continuar donde lo dejaste: Lección ${n}, «${title}», diapositiva ${slide}`,
  },
  nothingToResume: 'Aún no has abierto ninguna diapositiva.',
  dataHeading: 'Tus datos',
  dataLead:
    'El archivo exportado contiene las diapositivas vistas, los resultados de los cuestionarios, el idioma, el tema y el movimiento.',
  exportButton: 'Exportar el progreso',
  exported: (fileName) => `Progreso exportado como «${fileName}».`,
  importLabel: 'Importar el progreso desde un archivo',
  importHelp: 'El archivo sustituye todo tu progreso actual. Si no es válido, no se cambia nada.',
  imported: 'Progreso importado.',
  importedPartly: (dropped) =>
    `Progreso importado. Se descartaron ${dropped === 1 ? '1 dato no válido' : `${dropped} datos no válidos`}; el resto se conservó.`,
  importRefused: 'No se importó nada; tu progreso actual no ha cambiado.',
  importUnreadable: 'No se pudo leer el archivo; tu progreso actual no ha cambiado.',
  problemsLabel: 'Detalles',
  problemPlace: 'en',
  problems: {
    'too-large': 'El archivo es demasiado grande para ser un progreso de este curso.',
    'not-json': 'El archivo no es JSON.',
    'not-an-object': 'El archivo no contiene un objeto JSON.',
    foreign: 'El archivo no es un progreso de este curso.',
    'newer-version': 'El archivo es de una versión más reciente del curso.',
    'unknown-version': 'La versión del archivo no existe.',
    'bad-section': 'Falta una sección o tiene un tipo incorrecto.',
    'too-many-entries': 'Una sección tiene más entradas de las posibles.',
    'unknown-field': 'Campo desconocido.',
    'bad-id': 'Identificador no válido.',
    'bad-slide-list': 'La lista de diapositivas no es válida.',
    'bad-slide-number': 'Número de diapositiva no válido.',
    'duplicate-slide': 'Diapositiva repetida.',
    'bad-last-slide': 'La última diapositiva visitada no es válida.',
    'bad-quiz': 'Resultado de cuestionario no válido.',
    'bad-widgets': 'La sección de respuestas a las simulaciones no es válida.',
    'bad-widget': 'Respuesta a una simulación no válida.',
    'bad-locale': 'Idioma no válido.',
    'bad-theme': 'Tema no válido.',
    'bad-motion': `Ajuste de movimiento no válido: debe ser ${motionValues('es', (v) => `«${v}»`)}.`,
  },
  resetButton: 'Borrar el progreso…',
  resetQuestion: '¿Borrar todo el progreso?',
  resetWarning:
    'Se borrarán las diapositivas vistas, los resultados de los cuestionarios, el idioma, el tema y el movimiento guardados en este navegador. Si quieres conservar una copia, exporta el progreso antes.',
  resetConfirm: 'Sí, borrar todo',
  resetCancel: 'Cancelar',
  resetDone: 'Progreso y ajustes borrados.',
  noticeHeading: 'Aviso sobre el almacenamiento',
  notices: {
    'storage-unavailable':
      'Este navegador no permite guardar datos: tu progreso se conserva solo mientras la página siga abierta.',
    'quota-exceeded':
      'El almacenamiento del navegador está lleno: tu progreso se conserva solo mientras la página siga abierta.',
    'stored-repaired':
      'Parte del progreso guardado no era válida y se descartó; el resto se conservó.',
    'stored-set-aside':
      'El progreso guardado no se pudo leer. Se apartó sin borrarlo y empezaste de cero.',
    'stored-newer':
      'El progreso guardado es de una versión más reciente del curso: no se modificará, y los cambios de esta visita no se guardarán.',
  },
  dismissNotice: 'Cerrar el aviso',
};

const en: SettingsText = {
  navLabel: 'Settings',
  heading: 'Settings and progress',
  lead: 'Your progress and settings are kept only in this browser. You can export them to a file to take them to another device.',
  preferencesHeading: 'Preferences',
  theme: {
    label: 'Theme',
    options: { light: 'Light', dark: 'Dark', system: 'Same as the system' },
  },
  languageLabel: 'Language',
  motion: {
    label: 'Motion',
    options: { system: 'Same as the system', reduce: 'Reduced', full: 'Full' },
    hint: 'With reduced motion there are no transitions or animations, and the online lab’s request animation gives way to numbers. “Same as the system” follows your system’s reduce-motion setting.',
  },
  progressHeading: 'Your progress',
  loading: 'Loading the lessons…',
  loadError: 'The lessons of this site could not be loaded.',
  courseSeen: (seen, total) => `You have seen ${seen} of ${total} slides of the course.`,
  lessonLabel: (n, title) => `Lesson ${n}: ${title}`,
  lessonProgress: {
    seen: (seen, total) => `${seen} of ${total} slides seen`,
    challenges: (met, total) =>
      `${met} of ${total} simulation ${total === 1 ? 'challenge' : 'challenges'} met`,
  },
  quizzesHeading: 'Quizzes',
  quizBest: (best, max, attempts) =>
    `Best score: ${best} of ${max} (${attempts === 1 ? '1 attempt' : `${attempts} attempts`})`,
  quizNotTaken: 'No attempts yet',
  resume: {
    link: (n, title, slide) =>
      `Continue where you left off: Lesson ${n}, “${title}”, slide ${slide}`,
  },
  nothingToResume: 'You have not opened any slide yet.',
  dataHeading: 'Your data',
  dataLead:
    'The exported file holds the slides seen, the quiz scores, the language, the theme and the motion setting.',
  exportButton: 'Export progress',
  exported: (fileName) => `Progress exported as “${fileName}”.`,
  importLabel: 'Import progress from a file',
  importHelp: 'The file replaces all your current progress. If it is not valid, nothing changes.',
  imported: 'Progress imported.',
  importedPartly: (dropped) =>
    `Progress imported. ${dropped === 1 ? '1 invalid item was' : `${dropped} invalid items were`} dropped; the rest was kept.`,
  importRefused: 'Nothing was imported; your current progress is unchanged.',
  importUnreadable: 'The file could not be read; your current progress is unchanged.',
  problemsLabel: 'Details',
  problemPlace: 'at',
  problems: {
    'too-large': 'The file is too large to be progress of this course.',
    'not-json': 'The file is not JSON.',
    'not-an-object': 'The file does not hold a JSON object.',
    foreign: 'The file is not progress of this course.',
    'newer-version': 'The file comes from a newer version of the course.',
    'unknown-version': 'The file’s version does not exist.',
    'bad-section': 'A section is missing or of the wrong type.',
    'too-many-entries': 'A section has more entries than possible.',
    'unknown-field': 'Unknown field.',
    'bad-id': 'Invalid id.',
    'bad-slide-list': 'Invalid list of slides.',
    'bad-slide-number': 'Invalid slide number.',
    'duplicate-slide': 'Repeated slide.',
    'bad-last-slide': 'Invalid last visited slide.',
    'bad-quiz': 'Invalid quiz score.',
    'bad-widgets': 'Invalid section of answers to the simulations.',
    'bad-widget': 'Invalid answer to a simulation.',
    'bad-locale': 'Invalid language.',
    'bad-theme': 'Invalid theme.',
    'bad-motion': `Invalid motion setting: it must be ${motionValues('en', (v) => `“${v}”`)}.`,
  },
  resetButton: 'Reset progress…',
  resetQuestion: 'Reset all progress?',
  resetWarning:
    'This deletes the slides seen, the quiz scores, the language, the theme and the motion setting saved in this browser. To keep a copy, export your progress first.',
  resetConfirm: 'Yes, delete everything',
  resetCancel: 'Cancel',
  resetDone: 'Progress and settings deleted.',
  noticeHeading: 'About storage',
  notices: {
    'storage-unavailable':
      'This browser does not allow saving data: your progress lasts only while the page stays open.',
    'quota-exceeded':
      'The browser’s storage is full: your progress lasts only while the page stays open.',
    'stored-repaired': 'Part of the saved progress was invalid and was dropped; the rest was kept.',
    'stored-set-aside':
      'The saved progress could not be read. It was set aside, not deleted, and you started afresh.',
    'stored-newer':
      'The saved progress comes from a newer version of the course: it is left untouched, and changes made in this visit are not saved.',
  },
  dismissNotice: 'Dismiss notice',
};

export const settingsMessages: Record<Locale, SettingsText> = { es, en };
