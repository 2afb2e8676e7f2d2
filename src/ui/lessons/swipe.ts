/**
 * A horizontal swipe on a touch screen: the finger moved at least `minDistance` pixels sideways,
 * and clearly more sideways than up or down (so scrolling the page is never taken for a swipe).
 * Returns -1 to go back (swipe right), +1 to go on (swipe left), or 0.
 */
export function swipeDirection(dx: number, dy: number, minDistance = 60): -1 | 0 | 1 {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

/**
 * Follows one touch from down to up, for a page that turns on a swipe: a touch that starts on
 * one of `ignore` (a slider, a widget) is the learner's, not a page turn.
 */
export class SwipeTracker {
  private start: { x: number; y: number } | null = null;

  constructor(private readonly ignore: string) {}

  down(event: PointerEvent): void {
    const inControl = (event.target as Element | null)?.closest(this.ignore);
    this.start =
      event.pointerType === 'touch' && !inControl ? { x: event.clientX, y: event.clientY } : null;
  }

  /** The page step the touch asks for: 1, -1, or 0 (a tap, a scroll, or no touch). */
  up(event: PointerEvent): -1 | 0 | 1 {
    const start = this.start;
    this.start = null;
    if (!start || event.pointerType !== 'touch') return 0;
    return swipeDirection(event.clientX - start.x, event.clientY - start.y);
  }

  cancel(): void {
    this.start = null;
  }
}
