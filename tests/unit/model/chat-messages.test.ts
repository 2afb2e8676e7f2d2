import { describe, expect, it } from 'vitest';
import { generateChatMessages, SPANISH_SHARE } from '../../../src/model/data/chat-messages.ts';
import {
  CHAT_TEMPLATES,
  INTENTS,
  isHeldOutTemplate,
  LANGUAGES,
} from '../../../src/model/data/chat-templates.ts';

describe('chat messages', () => {
  it('is a pure function of the seed', () => {
    expect(generateChatMessages(300, 1)).toEqual(generateChatMessages(300, 1));
    expect(generateChatMessages(300, 1)).not.toEqual(generateChatMessages(300, 2));
  });

  it('has eight templates per intent and language, two of them held out', () => {
    for (const intent of INTENTS) {
      for (const language of LANGUAGES) {
        const templates = CHAT_TEMPLATES[intent][language];
        expect(templates).toHaveLength(8);
        expect(templates.filter((_, i) => isHeldOutTemplate(i))).toHaveLength(2);
      }
    }
  });

  it('writes 60% of messages in Spanish (within 3 points), every intent in both languages', () => {
    const rows = generateChatMessages(5_000, 3);
    const spanish = rows.filter((m) => m.language === 'es').length / rows.length;
    expect(Math.abs(spanish - SPANISH_SHARE)).toBeLessThanOrEqual(0.03);
    for (const intent of INTENTS) {
      for (const language of LANGUAGES) {
        expect(rows.some((m) => m.intent === intent && m.language === language)).toBe(true);
      }
    }
    expect(rows.every((m) => m.text.trim().length > 0 && !m.text.includes('{'))).toBe(true);
  });

  it('keeps training and held-out phrasings apart', () => {
    expect(generateChatMessages(2_000, 4, 'train').some((m) => isHeldOutTemplate(m.template))).toBe(
      false,
    );
    expect(
      generateChatMessages(2_000, 4, 'heldout').every((m) => isHeldOutTemplate(m.template)),
    ).toBe(true);
  });
});
