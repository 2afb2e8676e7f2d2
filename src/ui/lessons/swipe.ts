/**
 * A horizontal swipe on a touch screen: the finger moved at least `minDistance` pixels sideways,
 * and clearly more sideways than up or down (so scrolling the page is never taken for a swipe).
 * Returns -1 to go back (swipe right), +1 to go on (swipe left), or 0.
 */
export function swipeDirection(dx: number, dy: number, minDistance = 60): -1 | 0 | 1 {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
