import { describe, expect, it } from 'vitest';
import {
  MarkdownError,
  parseBlocks,
  parseInline,
  plainText,
} from '../../../src/lessons/markdown.ts';

describe('parseInline', () => {
  it('reads strong, emphasis and code', () => {
    expect(parseInline('a **b** _c_ *d* `e` f')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'd' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'e' },
      { kind: 'text', text: ' f' },
    ]);
  });

  it('reads a link inside the course, and refuses one that leaves it', () => {
    expect(parseInline('try [the assistant](#/decide?known=no&maxAgeS=60) now')).toEqual([
      { kind: 'text', text: 'try ' },
      { kind: 'link', text: 'the assistant', href: '#/decide?known=no&maxAgeS=60' },
      { kind: 'text', text: ' now' },
    ]);
    expect(() => parseInline('see [this](https://example.com)')).toThrow(MarkdownError);
    // Brackets that are not a link stay text.
    expect(parseInline('[a] (b)')).toEqual([{ kind: 'text', text: '[a] (b)' }]);
  });

  it('leaves marks inside words and lone marks as text', () => {
    expect(parseInline('1_000 filas, a*b y 5 * 3')).toEqual([
      { kind: 'text', text: '1_000 filas, a*b y 5 * 3' },
    ]);
  });

  it('ends emphasis before punctuation, as in "_T_/2"', () => {
    expect(parseInline('_D_ + _T_/2.')).toEqual([
      { kind: 'em', text: 'D' },
      { kind: 'text', text: ' + ' },
      { kind: 'em', text: 'T' },
      { kind: 'text', text: '/2.' },
    ]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*no\\* \\_ni\\_ esto')).toEqual([
      { kind: 'text', text: '*no* _ni_ esto' },
    ]);
  });

  it('rejects an unclosed ** or `', () => {
    expect(() => parseInline('**abierto')).toThrow(MarkdownError);
    expect(() => parseInline('`abierto')).toThrow(/unclosed/);
  });

  it('gives the plain text of runs', () => {
    expect(plainText(parseInline('Ventajas de _online_'))).toBe('Ventajas de online');
  });
});

describe('parseBlocks', () => {
  it('joins paragraph lines and separates blocks at blank lines', () => {
    expect(parseBlocks(['uno', 'dos', '', 'tres'])).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'uno dos' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'tres' }] },
    ]);
  });

  it('reads bullet and numbered lists, with continuation lines and loose items', () => {
    const blocks = parseBlocks(['- uno', '  sigue', '', '- dos', '', '1. a', '2. b']);
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'text', text: 'uno sigue' }], [{ kind: 'text', text: 'dos' }]],
      },
      {
        kind: 'list',
        ordered: true,
        items: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]],
      },
    ]);
  });

  it('rejects headings, quotes, code blocks, HTML and nested lists, naming the line', () => {
    const cases: Array<[string[], RegExp, number]> = [
      [['texto', '# Otro título'], /heading/, 1],
      [['> cita'], /block quotes/, 0],
      [['```', 'x', '```'], /code blocks/, 0],
      [['<div>x</div>'], /HTML/, 0],
      [['- uno', '  - anidado'], /nested/, 1],
    ];
    for (const [lines, message, line] of cases) {
      try {
        parseBlocks(lines);
        expect.unreachable(`${lines.join(' / ')} should be rejected`);
      } catch (error) {
        expect(error).toBeInstanceOf(MarkdownError);
        expect((error as MarkdownError).message).toMatch(message);
        expect((error as MarkdownError).line).toBe(line);
      }
    }
  });
});
