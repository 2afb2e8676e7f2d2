import type { Locale } from '../locale/locales.ts';

/**
 * The presenter's and the audience's views of a slide (src/ui/lessons/PresenterView.svelte and
 * AudienceView.svelte), in both languages. Loading, errors, "Slide 3 of 8", previous and next are
 * the slide viewer's own strings (LessonsText), so the two views say them the same way.
 */
export interface PresenterText {
  /** The link from a slide to its presenter view. */
  presenterLink: string;
  /** Names the presenter's toolbar for assistive technology. */
  controlsLabel: string;
  /** The short position shown in large type, e.g. "3 / 8". */
  position: (slide: number, total: number) => string;
  timer: {
    label: string;
    /** The reading's unit, after it: minutes and seconds, or hours, minutes and seconds. */
    unitMinutes: string;
    unitHours: string;
    pause: string;
    resume: string;
    reset: string;
  };
  notesHeading: string;
  noNotes: string;
  nextHeading: string;
  /** At a lesson's last slide, the next lesson's first is previewed under this line. */
  nextLesson: (lessonNumber: number, lessonTitle: string) => string;
  endOfCourse: string;
  openAudience: string;
  audienceHint: string;
  /** When the browser blocks the new window: a link does the same by hand. */
  audienceBlocked: string;
  audienceLink: string;
  leave: string;
  /** Names the audience view's small toolbar. */
  audienceControlsLabel: string;
  fullScreen: string;
  exitFullScreen: string;
  fullScreenRefused: string;
}

export const presenterMessages: Record<Locale, PresenterText> = {
  es: {
    presenterLink: 'Vista del presentador',
    controlsLabel: 'Controles de la presentación',
    position: (slide, total) => `${slide} / ${total}`,
    timer: {
      label: 'Tiempo transcurrido',
      unitMinutes: 'min:s',
      unitHours: 'h:min:s',
      pause: 'Pausar cronómetro',
      resume: 'Reanudar cronómetro',
      reset: 'Reiniciar cronómetro',
    },
    notesHeading: 'Notas del orador',
    noNotes: 'Esta diapositiva no tiene notas.',
    nextHeading: 'A continuación',
    nextLesson: (n, title) => `Empieza la lección ${n}: ${title}`,
    endOfCourse: 'Es la última diapositiva del curso.',
    openAudience: 'Abrir la ventana del público',
    audienceHint:
      'Lleva la ventana del público al proyector y ponla a pantalla completa. Las dos ventanas cambian de diapositiva a la vez.',
    audienceBlocked: 'El navegador no abrió la ventana. Puedes abrirla con este enlace:',
    audienceLink: 'Vista del público',
    leave: 'Salir de la vista del presentador',
    audienceControlsLabel: 'Controles de la proyección',
    fullScreen: 'Pantalla completa',
    exitFullScreen: 'Salir de pantalla completa',
    fullScreenRefused: 'El navegador no permitió la pantalla completa.',
  },
  en: {
    presenterLink: 'Presenter view',
    controlsLabel: 'Presentation controls',
    position: (slide, total) => `${slide} / ${total}`,
    timer: {
      label: 'Elapsed time',
      unitMinutes: 'min:s',
      unitHours: 'h:min:s',
      pause: 'Pause timer',
      resume: 'Resume timer',
      reset: 'Reset timer',
    },
    notesHeading: 'Speaker notes',
    noNotes: 'This slide has no notes.',
    nextHeading: 'Up next',
    nextLesson: (n, title) => `Lesson ${n} begins: ${title}`,
    endOfCourse: 'This is the last slide of the course.',
    openAudience: 'Open audience window',
    audienceHint:
      'Move the audience window to the projector and make it full screen. Both windows turn slides together.',
    audienceBlocked: 'The browser did not open the window. You can open it with this link:',
    audienceLink: 'Audience view',
    leave: 'Leave presenter view',
    audienceControlsLabel: 'Projection controls',
    fullScreen: 'Full screen',
    exitFullScreen: 'Exit full screen',
    fullScreenRefused: 'The browser did not allow full screen.',
  },
};
