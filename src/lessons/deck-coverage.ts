import { ContentError } from './content-error.ts';
import { DECK_SLIDES } from './deck.ts';

export interface CoveredSlide {
  /** The file that declares the slide (its Spanish text), for error messages. */
  file: string;
  id: string;
  deckSlides: readonly number[];
}

/**
 * Checks that the course's slides, in course order, cover every deck slide in the deck's order:
 * reading each slide's deck numbers one after another, a number may repeat (a deck slide split
 * over several lesson slides) but never go back, and never skip one. Reports the first slide
 * where that breaks.
 */
export function checkDeckCoverage(slides: readonly CoveredSlide[]): void {
  let last = 0;
  for (const slide of slides) {
    for (const n of slide.deckSlides) {
      if (n < last)
        throw new ContentError(
          slide.file,
          `covers deck slide ${n} after deck slide ${last}: lessons keep the deck's order`,
          { slide: slide.id, field: 'deck' },
        );
      if (n > last + 1)
        throw new ContentError(
          slide.file,
          `covers deck slide ${n}, but no slide before it covers deck slide ${last + 1}` +
            ` ("${DECK_SLIDES[last].title}")`,
          { slide: slide.id, field: 'deck' },
        );
      last = n;
    }
  }
  if (last < DECK_SLIDES.length) {
    const where = slides.length === 0 ? 'lessons' : slides[slides.length - 1].file;
    throw new ContentError(
      where,
      `the course ends at deck slide ${last}; deck slides ${last + 1} to ${DECK_SLIDES.length} are not covered`,
    );
  }
}

/** Lesson slides by the deck slide they cover: the mapping in the other direction. */
export function slidesByDeckSlide(slides: readonly CoveredSlide[]): Map<number, string[]> {
  const map = new Map<number, string[]>(DECK_SLIDES.map((d) => [d.number, []]));
  for (const slide of slides) for (const n of slide.deckSlides) map.get(n)?.push(slide.id);
  return map;
}
