import type { Locale } from '../../locale/locales.ts';
import type { LessonsText } from '../../i18n/messages.ts';
import type { PresenterText } from '../../i18n/presenter-messages.ts';
import { deckHref } from '../shell/routes.ts';
import { useCourse } from './course.svelte.ts';
import { slideAt, type DeckSlide } from './deck-position.ts';
import {
  PRESENTER_CHANNEL,
  SlideSync,
  WHERE_MESSAGE,
  type SlidePosition,
  type SyncRole,
} from './presenter-sync.ts';
import { addressedSlide } from './slide-address.ts';

/** What the presenter's and the audience's views are given: the same for both. */
export interface SyncedViewProps {
  text: PresenterText;
  lessonsText: LessonsText;
  locale: Locale;
  lessonId: string;
  slideNumber: number;
}

/**
 * The slide a synced view's address names, found in the course once it has loaded, with the view
 * joined to the presenter channel. Read `.at` (null while loading or when there is no such slide).
 */
export function useSyncedSlide(
  role: SyncRole,
  view: 'present' | 'show',
  address: () => Pick<SyncedViewProps, 'lessonId' | 'slideNumber'>,
): { readonly at: DeckSlide | null } {
  const course = useCourse();
  const at = $derived.by(() => {
    const { lessonId, slideNumber } = address();
    return course.course ? slideAt(course.course, lessonId, slideNumber) : null;
  });
  useSlideSync(role, view, () => (at ? { lesson: at.lesson.id, slide: at.number } : null));
  return {
    get at() {
      return at;
    },
  };
}

/**
 * Joins a view to the presenter channel for as long as the component lives: turns made here are
 * announced, turns made in the other window are followed by changing this window's address (see
 * presenter-sync.ts for the protocol). `shown` is the slide on screen, or null while there is none.
 * Without BroadcastChannel (very old browsers) each window simply turns on its own.
 */
export function useSlideSync(
  role: SyncRole,
  view: 'present' | 'show',
  shown: () => SlidePosition | null,
): void {
  const sync = new SlideSync(role);
  let channel: BroadcastChannel | null = null;

  $effect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(PRESENTER_CHANNEL);
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const { go, reply } = sync.receive(event.data, addressedSlide(view));
      if (reply) opened.postMessage(reply);
      if (go) location.hash = deckHref(view, go.lesson, go.slide);
    };
    channel = opened;
    if (role === 'audience') opened.postMessage(WHERE_MESSAGE);
    return () => {
      opened.close();
      channel = null;
    };
  });

  // After the effect above, so the channel is open when the first slide is announced.
  $effect(() => {
    const at = shown();
    if (!at) return;
    const message = sync.shown(at);
    if (message) channel?.postMessage(message);
  });
}
