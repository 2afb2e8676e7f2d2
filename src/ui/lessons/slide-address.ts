import { deckHref, parseRoute, type SlideRouteName } from '../shell/routes.ts';
import type { DeckSlide } from './deck-position.ts';
import type { SlidePosition } from './presenter-sync.ts';
import { slideForKey } from './slide-keys.ts';

/**
 * The slide the window's address names in a view, or null if the address is another page. Read
 * from the address, not the rendered slide: two quick key presses move two slides even when the
 * first has not been drawn yet (a slide with a widget takes a moment).
 */
export function addressedSlide(view: SlideRouteName): SlidePosition | null {
  const shown = parseRoute(location.hash);
  return shown.name === view ? { lesson: shown.lesson, slide: shown.slide } : null;
}

/**
 * Turns the slide for a key press in one of the slide views, by changing the address: the same
 * keys in the learner's, the presenter's and the audience's views (see slide-keys.ts). `drawn` is
 * the slide on screen, or null while there is none; other keys are left to the page. Returns
 * whether it turned a slide.
 */
export function turnSlideByKey(
  event: KeyboardEvent,
  view: SlideRouteName,
  drawn: DeckSlide | null,
): boolean {
  if (!drawn) return false;
  const addressed = addressedSlide(view);
  const current = addressed?.lesson === drawn.lesson.id ? addressed.slide : drawn.number;
  const next = slideForKey(
    event.key,
    current,
    drawn.total,
    event.target as HTMLElement | null,
    event.altKey || event.ctrlKey || event.metaKey,
  );
  if (next === null) return false;
  event.preventDefault();
  location.hash = deckHref(view, drawn.lesson.id, next);
  return true;
}
