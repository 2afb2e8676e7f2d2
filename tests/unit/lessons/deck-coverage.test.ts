import { describe, expect, it } from 'vitest';
import { checkDeckCoverage, slidesByDeckSlide } from '../../../src/lessons/deck-coverage.ts';
import { DECK_SLIDES } from '../../../src/lessons/deck.ts';

const N = DECK_SLIDES.length;
const slide = (id: string, ...deckSlides: number[]) => ({ file: 'f.md', id, deckSlides });
const oneEach = () => DECK_SLIDES.map((d) => slide(`s${d.number}`, d.number));

describe('checkDeckCoverage', () => {
  it('accepts one lesson slide per deck slide', () => {
    expect(() => checkDeckCoverage(oneEach())).not.toThrow();
  });

  it('accepts a deck slide split over consecutive lesson slides, and slides covering several', () => {
    const slides = [slide('a', 1, 2), slide('b', 2), slide('c', 2, 3), ...oneEach().slice(3)];
    expect(() => checkDeckCoverage(slides)).not.toThrow();
  });

  it('rejects a skipped deck slide, naming the next slide and the missing title', () => {
    const slides = oneEach().filter((s) => s.id !== 's4');
    expect(() => checkDeckCoverage(slides)).toThrow(
      /slide "s5", field "deck": covers deck slide 5, but no slide before it covers deck slide 4 \("Ventajas de Batch"\)/,
    );
  });

  it('rejects going back in the deck', () => {
    const slides = oneEach();
    slides.splice(6, 0, slide('back', 3));
    expect(() => checkDeckCoverage(slides)).toThrow(
      /slide "back".*covers deck slide 3 after deck slide 6/,
    );
  });

  it('rejects a course that stops early', () => {
    expect(() => checkDeckCoverage(oneEach().slice(0, N - 2))).toThrow(
      new RegExp(`ends at deck slide ${N - 2}; deck slides ${N - 1} to ${N} are not covered`),
    );
    expect(() => checkDeckCoverage([])).toThrow(/^lessons: the course ends at deck slide 0/);
  });

  it('maps each deck slide to the lesson slides that cover it', () => {
    const map = slidesByDeckSlide([slide('a', 1, 2), slide('b', 2)]);
    expect(map.get(1)).toEqual(['a']);
    expect(map.get(2)).toEqual(['a', 'b']);
    expect(map.get(3)).toEqual([]);
    expect(map.size).toBe(N);
  });
});
