/**
 * Keeps the presenter's window and the audience's window on the same slide. They talk over a
 * `BroadcastChannel`: same origin, same browser, no server and no network, so it works offline.
 *
 * The messages:
 * - `{ type: 'slide', lesson, slide }`: a window has turned to this slide; the others follow.
 * - `{ type: 'where' }`: a window has just opened and asks where the talk is; a presenter answers
 *   with a `slide` message. An audience window opens on the slide its address names, but that
 *   address may be stale (a reload, a bookmark): the presenter's slide wins.
 *
 * The logic is here, apart from the channel and the DOM, so it is tested without a browser.
 */
export const PRESENTER_CHANNEL = 'tipos-de-despliegue/presenter';

export interface SlidePosition {
  readonly lesson: string;
  readonly slide: number;
}

export type SyncMessage =
  | { readonly type: 'slide'; readonly lesson: string; readonly slide: number }
  | { readonly type: 'where' };

export const WHERE_MESSAGE: SyncMessage = { type: 'where' };

export function slideMessage(at: SlidePosition): SyncMessage {
  return { type: 'slide', lesson: at.lesson, slide: at.slide };
}

const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A message from the channel, checked: anything of the same origin may post to it (another tab
 * of the site, an older version still open), so its data is not trusted to have our shape.
 */
export function readSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, lesson, slide } = data as Record<string, unknown>;
  if (type === 'where') return WHERE_MESSAGE;
  if (
    type === 'slide' &&
    typeof lesson === 'string' &&
    LESSON_ID.test(lesson) &&
    typeof slide === 'number' &&
    Number.isInteger(slide) &&
    slide >= 1
  )
    return { type, lesson, slide };
  return null;
}

export function samePosition(a: SlidePosition, b: SlidePosition): boolean {
  return a.lesson === b.lesson && a.slide === b.slide;
}

/**
 * How many followed turns may still be on their way to the screen. Each is removed when its slide
 * is shown; the bound only matters if a window never shows one (its address changed meanwhile).
 */
const MAX_PENDING = 16;

/**
 * The presenter's window leads: it answers `where` and announces the slide it opens on. An audience
 * window opens quietly and asks `where` instead, so a stale address cannot pull the presenter back.
 */
export type SyncRole = 'presenter' | 'audience';

/**
 * One window's side of the conversation. A window announces every slide it comes to, whether by a
 * key, a link or the browser's back button, except the slides it came to by following the other
 * window: echoing those back could undo a quick second turn. (The presenter presses → twice: the
 * audience, still arriving at the first slide, would announce it just as the presenter reaches the
 * second, and pull the presenter back.) So the slides a window is following to are remembered until
 * it shows them, in order: address changes arrive one by one, after the messages that caused them.
 */
export class SlideSync {
  readonly #role: SyncRole;
  #following: SlidePosition[] = [];
  #current: SlidePosition | null = null;

  constructor(role: SyncRole) {
    this.#role = role;
  }

  /**
   * A message arrived while the window's address names `addressed` (read from the address rather
   * than the slide drawn: an earlier turn may not be drawn yet). Returns where to go, if anywhere,
   * and what to answer, if anything.
   */
  receive(
    data: unknown,
    addressed: SlidePosition | null,
  ): { go: SlidePosition | null; reply: SyncMessage | null } {
    const message = readSyncMessage(data);
    if (message === null) return { go: null, reply: null };
    if (message.type === 'where')
      return {
        go: null,
        reply: this.#role === 'presenter' && this.#current ? slideMessage(this.#current) : null,
      };
    const target = { lesson: message.lesson, slide: message.slide };
    if (addressed && samePosition(addressed, target)) return { go: null, reply: null };
    this.#following = [...this.#following, target].slice(-MAX_PENDING);
    return { go: target, reply: null };
  }

  /** The window now shows `at`: the message to announce it with, or null if it was followed to. */
  shown(at: SlidePosition): SyncMessage | null {
    const first = this.#current === null;
    this.#current = at;
    const followed = this.#following.findIndex((p) => samePosition(p, at));
    if (followed !== -1) {
      // Turns before this one were overtaken by later ones: they will not be shown now.
      this.#following = this.#following.slice(followed + 1);
      return null;
    }
    return first && this.#role === 'audience' ? null : slideMessage(at);
  }
}
