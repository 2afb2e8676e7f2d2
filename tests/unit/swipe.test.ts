import { describe, expect, it } from 'vitest';
import { swipeDirection } from '../../src/ui/lessons/swipe.ts';

describe('swipeDirection', () => {
  it('reads a leftward swipe as next and a rightward one as previous', () => {
    expect(swipeDirection(-120, 10)).toBe(1);
    expect(swipeDirection(120, -10)).toBe(-1);
  });

  it('ignores short moves and mostly vertical ones (scrolling)', () => {
    expect(swipeDirection(-40, 0)).toBe(0);
    expect(swipeDirection(-100, 80)).toBe(0);
  });
});
