import { Rng } from '../../sim/rng.ts';
import { addChatNoise } from './chat-noise.ts';
import {
  CHAT_SLOTS,
  CHAT_TEMPLATES,
  INTENTS,
  isHeldOutTemplate,
  type Intent,
  type Language,
} from './chat-templates.ts';
import { bernoulli, categorical, pick } from './sampling.ts';

/**
 * Short chat messages to a hotel's chatbot, in Spanish and English, for the `chatbot` example:
 * a template of the intent, slots filled, then typing noise.
 *
 * Shares are teaching assumptions for a Spanish hotel: 60% of messages in Spanish; bookings and
 * price questions most common, complaints least.
 */

export interface ChatMessage {
  text: string;
  language: Language;
  /** The label. */
  intent: Intent;
  /** Index of the template used, within its intent and language. */
  template: number;
}

/**
 * Which templates to draw from: `train` leaves out the held-out phrasings, `heldout` uses only
 * them (for evaluation), `all` both (for the demo stream in the app).
 */
export type TemplateSplit = 'train' | 'heldout' | 'all';

export const SPANISH_SHARE = 0.6;
const INTENT_SHARES = [0.25, 0.12, 0.18, 0.2, 0.1, 0.15];

function fillSlots(template: string, language: Language, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'ref') {
      // Booking references look like "BK-48213".
      return `BK-${10000 + Math.floor(rng.uniform() * 90000)}`;
    }
    return pick(rng, CHAT_SLOTS[slot][language]);
  });
}

function generateMessage(rng: Rng, split: TemplateSplit): ChatMessage {
  const language: Language = bernoulli(rng, SPANISH_SHARE) ? 'es' : 'en';
  const intent = categorical(rng, INTENTS, INTENT_SHARES);
  const templates = CHAT_TEMPLATES[intent][language];
  const allowed = [...templates.keys()].filter(
    (i) => split === 'all' || isHeldOutTemplate(i) === (split === 'heldout'),
  );
  const template = pick(rng, allowed);
  const text = addChatNoise(fillSlots(templates[template], language, rng), language, rng);
  return { text, language, intent, template };
}

/** `n` messages, a pure function of `seed` and `split`. */
export function generateChatMessages(
  n: number,
  seed: number,
  split: TemplateSplit = 'all',
): ChatMessage[] {
  const rng = Rng.stream(seed, `chat-messages:${split}`);
  const rows: ChatMessage[] = [];
  for (let i = 0; i < n; i++) rows.push(generateMessage(rng, split));
  return rows;
}
