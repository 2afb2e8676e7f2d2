import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/locale/locales.ts';
import { DECK_SLIDES } from '../../src/lessons/deck.ts';
import { plainText, type Block } from '../../src/lessons/markdown.ts';
import { WIDGET_NAMES } from '../../src/lessons/widget-spec.ts';
import { PRESET_NAMES } from '../../src/model/case-names.ts';
import { PRESETS } from '../../src/modes/presets.ts';
import { course, ROOT } from './course-files.ts';

const allSlides = () => course().lessons.flatMap((l) => l.slides);

function blockText(blocks: readonly Block[]): string {
  return blocks
    .map((b) => (b.kind === 'paragraph' ? plainText(b.inlines) : b.items.map(plainText).join(' ')))
    .join(' ');
}

describe('lessons', () => {
  it('are the five lessons of the issue, in order', () => {
    expect(course().lessons.map((l) => l.id)).toEqual([
      '01-tipos-de-despliegue',
      '02-batch',
      '03-online',
      '04-streaming',
      '05-como-elegir',
    ]);
  });

  it('have a title, a summary and at least one slide in every language', () => {
    for (const lesson of course().lessons) {
      for (const locale of locales) {
        expect(lesson.title[locale].length, `${lesson.id} ${locale}`).toBeGreaterThan(0);
        expect(lesson.summary[locale].length, `${lesson.id} ${locale}`).toBeGreaterThan(0);
      }
      expect(lesson.slides.length).toBeGreaterThan(0);
    }
  });

  it('give every slide a title and text in every language', () => {
    for (const slide of allSlides())
      for (const locale of locales) {
        expect(slide.text[locale].title, `${slide.id} ${locale}`).not.toBe('');
        expect(slide.text[locale].body.length, `${slide.id} ${locale}`).toBeGreaterThan(0);
      }
  });

  it('have speaker notes on most slides', () => {
    const withNotes = allSlides().filter((s) => s.text.es.notes.length > 0).length;
    expect(withNotes / allSlides().length).toBeGreaterThan(0.8);
  });
});

describe('the deck', () => {
  it('is numbered 1 to N without gaps', () => {
    expect(DECK_SLIDES.map((d) => d.number)).toEqual(DECK_SLIDES.map((_, i) => i + 1));
  });

  it('is covered slide by slide, all of it, in order', () => {
    const sequence = allSlides().flatMap((s) => s.deckSlides);
    const collapsed = sequence.filter((n, i) => i === 0 || n !== sequence[i - 1]);
    expect(collapsed).toEqual(DECK_SLIDES.map((d) => d.number));
  });

  // The seed text is not part of the repository; where it is at hand, deck.ts must match it.
  const seed = [
    process.env.DECK_SEED,
    join(ROOT, '../shared/seeds/tipos-de-despliegue.txt'),
    join(ROOT, 'seeds/tipos-de-despliegue.txt'),
  ].find((p): p is string => p !== undefined && existsSync(p));

  it.skipIf(seed === undefined)('matches the titles of the seed text, in order', () => {
    const text = readFileSync(seed as string, 'utf8').replace(/\r\n/g, '\n');
    const titles = text
      .split(/\n{4,}/)
      .map((chunk) => chunk.split('\n').find((line) => line.trim() !== ''))
      .filter((line): line is string => line !== undefined)
      .map((line) => line.trim().replace(/\*/g, ''));
    expect(titles).toEqual(DECK_SLIDES.map((d) => d.title));
  });

  it('marks its one repeated slide, and the course does not repeat it', () => {
    const repeated = DECK_SLIDES.filter((d) => d.duplicates !== undefined);
    expect(repeated.map((d) => [d.number, d.duplicates])).toEqual([[29, 28]]);
    const original = DECK_SLIDES[27];
    expect(DECK_SLIDES[28].points).toEqual(original.points);

    const lesson = course().lessons.find((l) => l.slides.some((s) => s.deckSlides.includes(29)));
    const slide = lesson?.slides.find((s) => s.deckSlides.includes(29));
    expect(slide?.id).toBe('streaming-ejemplos');
    // The lesson says so in its metadata, in every language.
    expect(lesson?.notes.some((n) => n.es.includes('29') && n.en.includes('29'))).toBe(true);
    // The slide introduces the two examples instead of repeating the drawbacks.
    const text = blockText(slide?.text.es.body ?? []);
    expect(text).toContain('fraudes');
    expect(text).toContain('formulario');
    expect(text).not.toContain('Complejidad al escalar');
  });
});

describe('slides name what they show', () => {
  it('every widget of the catalogue is embedded somewhere', () => {
    const used = new Set(allSlides().map((s) => s.widget));
    for (const name of WIDGET_NAMES) expect(used.has(name), name).toBe(true);
  });

  // The deck's example slides, by number, and the preset each one opens in the lab.
  const EXAMPLES: Record<number, string> = {
    11: 'content-popularity',
    12: 'hotel-cancellations',
    23: 'chatbot',
    24: 'hotel-activities',
    30: 'fraud-detection',
    31: 'form-abandonment',
  };

  it("each of the deck's examples opens its preset, and each preset is an example", () => {
    for (const [deck, preset] of Object.entries(EXAMPLES)) {
      const slides = allSlides().filter((s) => s.deckSlides.includes(Number(deck)));
      expect(
        slides.map((s) => s.preset),
        `deck slide ${deck}`,
      ).toContain(preset);
    }
    expect(Object.values(EXAMPLES).sort()).toEqual([...PRESET_NAMES].sort());
  });

  it("an example slide's preset belongs to its lesson's deployment type", () => {
    const home = { '02-batch': 'batch', '03-online': 'online', '04-streaming': 'streaming' };
    for (const lesson of course().lessons)
      for (const slide of lesson.slides)
        if (slide.preset !== null)
          expect(PRESETS[slide.preset].home).toBe(home[lesson.id as keyof typeof home]);
  });

  // The advantages and drawbacks that the issue asks to show live, by deck slide.
  const CLAIMS: Record<number, string> = {
    4: 'model-size-tradeoff',
    5: 'batching-amortisation',
    6: 'batch-overlap',
    7: 'mode-latency',
    8: 'batch-freshness',
    9: 'batch-overlap',
    15: 'queueing-knee',
    16: 'silent-model-swap',
    17: 'scale-under-load',
    18: 'model-size-tradeoff',
    19: 'network-dependence',
    21: 'infrastructure-cost',
    27: 'streaming-trigger',
    28: 'stream-scaling',
  };

  it('each claim that can be shown embeds its widget', () => {
    for (const [deck, widget] of Object.entries(CLAIMS)) {
      const slides = allSlides().filter((s) => s.deckSlides.includes(Number(deck)));
      expect(
        slides.map((s) => s.widget),
        `deck slide ${deck}`,
      ).toContain(widget);
    }
  });
});
