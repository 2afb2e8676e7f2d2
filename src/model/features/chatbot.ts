import { INTENTS } from '../data/chat-templates.ts';
import type { ChatMessage } from '../data/chat-messages.ts';
import { hashText, type TextHashConfig } from './text-hash.ts';

/**
 * Encodes a chat message as hashed character n-grams. 512 buckets keep the model small (its
 * first layer dominates the parameter count) while collisions stay rare for a few thousand
 * distinct n-grams; 2- to 4-grams capture word stems in both languages.
 */
export const CHAT_TEXT_HASH: TextHashConfig = { buckets: 512, ngrams: [2, 3, 4] };

export const CHAT_FEATURE_NAMES: readonly string[] = Array.from(
  { length: CHAT_TEXT_HASH.buckets },
  (_, i) => `ngramBucket${i}`,
);

export function encodeChatText(text: string): Float32Array {
  return hashText(text, CHAT_TEXT_HASH);
}

export function encodeChatMessage(m: ChatMessage): Float32Array {
  return encodeChatText(m.text);
}

/** The class the model learns: the index of the intent in INTENTS. */
export function chatIntentLabel(m: ChatMessage): number {
  return INTENTS.indexOf(m.intent);
}
