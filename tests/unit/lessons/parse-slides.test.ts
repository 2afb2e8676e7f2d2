import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lessons/content-error.ts';
import { parseLessonText } from '../../../src/lessons/parse-slides.ts';

const FILE = 'lessons/09-prueba/es.md';

const GOOD = `# Lección de prueba

Un resumen.
<!-- note: una nota sobre la lección -->

<!-- slide: primera -->
<!-- deck: 3 -->
<!-- widget: mode-latency -->
<!-- preset: chatbot -->

## Primera _diapositiva_

- punto uno
- punto dos

<!-- notes -->

Notas del presentador.

<!-- slide: segunda -->
<!-- deck: 4, 5 -->

## Segunda

Texto.
`;

function errorOf(text: string): ContentError {
  try {
    parseLessonText(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('parseLessonText', () => {
  it('reads the header, the slides, their directives and notes', () => {
    const parsed = parseLessonText(GOOD, FILE);
    expect(parsed.title).toBe('Lección de prueba');
    expect(parsed.notes).toEqual(['una nota sobre la lección']);
    expect(parsed.summary).toHaveLength(1);
    expect(parsed.slides.map((s) => s.id)).toEqual(['primera', 'segunda']);
    const [first, second] = parsed.slides;
    expect(first).toMatchObject({
      deckSlides: [3],
      widget: 'mode-latency',
      preset: 'chatbot',
      hasNotes: true,
      line: 6,
    });
    expect(first.text.title).toBe('Primera diapositiva');
    expect(first.text.body).toHaveLength(1);
    expect(first.text.notes).toHaveLength(1);
    expect(second).toMatchObject({
      deckSlides: [4, 5],
      widget: null,
      preset: null,
      hasNotes: false,
    });
    expect(second.text.notes).toEqual([]);
  });

  it('accepts Windows line ends and a byte-order mark', () => {
    const parsed = parseLessonText('\uFEFF' + GOOD.replace(/\n/g, '\r\n'), FILE);
    expect(parsed.slides).toHaveLength(2);
  });

  it('names the file, line, slide and field of an unknown widget', () => {
    const e = errorOf(GOOD.replace('widget: mode-latency', 'widget: latencia'));
    expect(e.message).toMatch(
      /^lessons\/09-prueba\/es\.md:8, slide "primera", field "widget": unknown widget "latencia"/,
    );
    expect(e.location).toEqual({ line: 8, slide: 'primera', field: 'widget' });
  });

  it('rejects an unknown preset', () => {
    expect(errorOf(GOOD.replace('preset: chatbot', 'preset: chat')).message).toMatch(
      /field "preset": unknown preset "chat"; the presets are content-popularity/,
    );
  });

  it('requires the deck directive, with valid ascending numbers', () => {
    expect(errorOf(GOOD.replace('<!-- deck: 3 -->\n', '')).message).toMatch(
      /slide "primera", field "deck": every slide names the deck slide/,
    );
    expect(errorOf(GOOD.replace('deck: 3', 'deck: 99')).message).toMatch(
      /"99" is not a deck slide number/,
    );
    expect(errorOf(GOOD.replace('deck: 3', 'deck: tres')).message).toMatch(/"tres" is not a deck/);
    expect(errorOf(GOOD.replace('deck: 4, 5', 'deck: 5, 4')).message).toMatch(/ascending/);
  });

  it('rejects unknown and repeated directives', () => {
    expect(
      errorOf(GOOD.replace('<!-- preset: chatbot -->', '<!-- modo: batch -->')).message,
    ).toMatch(/field "modo": unknown directive/);
    expect(errorOf(GOOD.replace('<!-- preset: chatbot -->', '<!-- deck: 4 -->')).message).toMatch(
      /field "deck": this directive is given twice/,
    );
  });

  it('requires a "## title" after the directives', () => {
    expect(errorOf(GOOD.replace('## Segunda', 'Segunda')).message).toMatch(
      /slide "segunda", field "title": after its directives, a slide needs its title/,
    );
  });

  it('requires the lesson title first', () => {
    expect(errorOf(GOOD.replace('# Lección de prueba', 'Lección')).message).toMatch(
      /^lessons\/09-prueba\/es\.md:1: the file must start with the lesson title/,
    );
  });

  it('rejects a directive inside slide text and a second notes marker', () => {
    expect(
      errorOf(GOOD.replace('Texto.', 'Texto.\n<!-- widget: resource-use -->')).message,
    ).toMatch(/not allowed in slide text/);
    expect(
      errorOf(GOOD.replace('Texto.', 'Texto.\n<!-- notes -->\nA\n<!-- notes -->\nB')).message,
    ).toMatch(/at most one <!-- notes -->/);
    expect(errorOf(GOOD.replace('Texto.', 'Texto.\n<!-- notes -->\n')).message).toMatch(/no notes/);
  });

  it('rejects bad and repeated slide ids', () => {
    expect(errorOf(GOOD.replace('slide: segunda', 'slide: Segunda Parte')).message).toMatch(
      /a slide id is lowercase words/,
    );
    expect(errorOf(GOOD.replace('slide: segunda', 'slide: primera')).message).toMatch(/used twice/);
  });

  it('reports Markdown errors at their line in the file', () => {
    const e = errorOf(GOOD.replace('Texto.', 'Texto.\n\n> una cita'));
    expect(e.location).toMatchObject({ slide: 'segunda', line: 27 });
  });

  it('needs at least one slide', () => {
    expect(errorOf('# Solo título\n').message).toMatch(/no slides/);
  });
});
