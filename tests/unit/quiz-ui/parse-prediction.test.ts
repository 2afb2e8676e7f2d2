import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/quiz-messages.ts';
import { parsePrediction } from '../../../src/ui/quiz/parse-prediction.ts';

const value = (text: string, locale: 'es' | 'en', unit = '') => {
  const parsed = parsePrediction(text, locale, unit);
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('parsePrediction', () => {
  it('reads a decimal comma or a decimal point in either language', () => {
    expect(value('12,5', 'es')).toBe(12.5);
    expect(value('12.5', 'es')).toBe(12.5);
    expect(value('12.5', 'en')).toBe(12.5);
    expect(value('0,0667', 'en')).toBe(0.0667);
    expect(value(',5', 'es')).toBe(0.5);
    expect(value('225', 'en')).toBe(225);
  });

  it('takes spaces between digit groups, a sign, and the unit after the number', () => {
    expect(value(' 12 500 ', 'es')).toBe(12500);
    expect(value('12\u202f500,5', 'es')).toBe(12500.5);
    expect(value('225 ms', 'en', 'ms')).toBe(225);
    expect(value('12 H', 'es', 'h')).toBe(12);
    expect(value('0,07 por hora', 'es', 'por hora')).toBe(0.07);
    expect(value('\u22123', 'en')).toBe(-3);
    expect(value('+3', 'en')).toBe(3);
  });

  it('refuses a thousands separator followed by three digits rather than guess', () => {
    expect(value('1.000', 'es')).toBe('ambiguous');
    expect(value('1,000', 'en')).toBe('ambiguous');
    expect(value('12.500', 'es')).toBe('ambiguous');
    // The other separator, a zero before it or another digit count cannot be thousands.
    expect(value('1,000', 'es')).toBe(1);
    expect(value('1.000', 'en')).toBe(1);
    expect(value('0.125', 'es')).toBe(0.125);
    expect(value('1.25', 'es')).toBe(1.25);
    expect(value('1000.5', 'es')).toBe(1000.5);
  });

  it('says when nothing or something other than a number was typed', () => {
    expect(value('', 'es')).toBe('empty');
    expect(value('   ', 'en')).toBe('empty');
    expect(value('ms', 'en', 'ms')).toBe('empty');
    expect(value('doce', 'es')).toBe('not-a-number');
    expect(value('1,2,3', 'en')).toBe('not-a-number');
    expect(value('1.2.3', 'es')).toBe('not-a-number');
    expect(value('1e3', 'en')).toBe('not-a-number');
    expect(value('-', 'en')).toBe('not-a-number');
    expect(value('12,', 'es')).toBe('not-a-number');
  });

  it("accepts the example each language's format hint gives", () => {
    for (const locale of ['es', 'en'] as const) {
      const example = /\(\D*([\d.,]+)\)/.exec(quizMessages[locale].predict.format)?.[1];
      expect(example, locale).toBeDefined();
      expect(value(example as string, locale)).toBe(12.5);
    }
  });
});
