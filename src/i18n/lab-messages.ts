import type { Locale } from '../locale/locales.ts';
import type { LabText } from './lab-text.ts';
import { es } from './lab-messages-es.ts';
import { en } from './lab-messages-en.ts';

/** The labs' frame in each language of the course (the shape is LabText, src/i18n/lab-text.ts). */
export const labMessages: Record<Locale, LabText> = { es, en };
