import { describe, expect, it } from 'vitest';
import { WIDGET_NAMES } from '../../src/lessons/widget-spec.ts';
import { WIDGETS } from '../../src/lessons/widgets.ts';
import { WIDGET_LESSONS } from '../../src/lessons/teaching/index.ts';
import type { WidgetLesson } from '../../src/lessons/widget-lesson.ts';
import { locales } from '../../src/locale/locales.ts';
import { initialControlValues } from '../../src/ui/widgets/widget-state.ts';
import { runWidget } from './widget-runs.ts';

const taught = WIDGET_NAMES.filter((name) => WIDGET_LESSONS[name] !== undefined).map(
  (name) => [name, WIDGET_LESSONS[name] as WidgetLesson] as const,
);

/** Sentences in a text (a full stop, question or exclamation mark followed by a space or the end). */
const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;

/** The most characters of an explanation and of a claim: about six and five lines of a widget's
 *  column at 1280x800, so a revealed widget slide still fits 1,100 px (issue 14). */
const MAX_EXPLAIN_CHARS = 340;
const MAX_CLAIM_CHARS = 300;

describe.each(taught)('the lesson of %s', (name, lesson) => {
  const spec = WIDGETS[name];
  const atStart = runWidget(spec);

  it('is written in every language, its explanation in at most two short sentences', () => {
    const texts = [lesson.predict.question, lesson.explain, lesson.tryThis, lesson.challenge.task];
    if (lesson.predict.kind === 'choice') texts.push(...lesson.predict.options.map((o) => o.label));
    for (const text of texts)
      for (const locale of locales) expect(text[locale].trim()).not.toBe('');
    for (const locale of locales) {
      expect(sentences(lesson.explain[locale])).toBeLessThanOrEqual(2);
      expect(lesson.explain[locale].length, locale).toBeLessThanOrEqual(MAX_EXPLAIN_CHARS);
      expect(spec.claim[locale].length, locale).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
    }
  });

  it('asks a question the run at the starting knobs answers', () => {
    const { predict } = lesson;
    if (predict.kind === 'choice') {
      expect(predict.options.length).toBeGreaterThan(1);
      expect(predict.options.map((o) => o.id)).toContain(predict.answer(atStart));
    } else {
      const measured = predict.measure(atStart);
      expect(Number.isFinite(measured), `measured ${measured}`).toBe(true);
      expect(measured).toBeGreaterThanOrEqual(predict.range.min);
      expect(measured).toBeLessThanOrEqual(predict.range.max);
      expect(predict.within).toBeGreaterThan(1);
    }
  });

  it('sets a challenge not met at the starting knobs and met by its solution', () => {
    const start = initialControlValues(spec);
    for (const [key, value] of Object.entries(lesson.challenge.solution)) {
      const control = spec.controls.find((c) => c.key === key);
      expect(control, `the solution turns ${key}, a knob of the widget`).toBeDefined();
      if (control?.range && typeof value === 'number') {
        expect(value).toBeGreaterThanOrEqual(control.range.min);
        expect(value).toBeLessThanOrEqual(control.range.max);
      } else expect(control?.choices?.map((c) => c.value)).toContain(value);
    }
    expect(lesson.challenge.met(atStart, start)).toBe(false);
    const solved = runWidget(spec, lesson.challenge.solution);
    expect(lesson.challenge.met(solved, { ...start, ...lesson.challenge.solution })).toBe(true);
  });
});
