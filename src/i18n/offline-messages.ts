import type { Locale } from '../locale/locales.ts';

/** The update notice's strings (src/offline/UpdateNotice.svelte), in both languages. */
export interface OfflineText {
  /** Names the notice for assistive technology. */
  label: string;
  updateReady: string;
  apply: string;
  later: string;
}

export const offlineMessages: Record<Locale, OfflineText> = {
  es: {
    label: 'Actualización del curso',
    updateReady: 'Hay una versión nueva del curso. Se aplica al recargar la página.',
    apply: 'Recargar ahora',
    later: 'Más tarde',
  },
  en: {
    label: 'Course update',
    updateReady: 'A new version of the course is ready. It applies when the page reloads.',
    apply: 'Reload now',
    later: 'Later',
  },
};
