import type { Locale } from '../locale/locales.ts';
import type { PredictionText } from './prediction-text.ts';
import { es } from './prediction-messages-es.ts';
import { en } from './prediction-messages-en.ts';

/**
 * The prediction components' strings (src/ui/lab/predictions), in both languages. Inference
 * errors are the models page's own messages, so one failure reads the same everywhere.
 */
export const predictionMessages: Record<Locale, PredictionText> = { es, en };
