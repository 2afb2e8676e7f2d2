import { describe, expect, it } from 'vitest';
import { slideForKey } from '../../src/ui/lessons/slide-keys.ts';

describe('slide keys', () => {
  const body = { tagName: 'BODY' };
  it('moves one slide with the arrows and jumps with Home and End', () => {
    expect(slideForKey('ArrowRight', 3, 10, body, false)).toBe(4);
    expect(slideForKey('ArrowLeft', 3, 10, body, false)).toBe(2);
    expect(slideForKey('Home', 3, 10, body, false)).toBe(1);
    expect(slideForKey('End', 3, 10, body, false)).toBe(10);
  });

  it('stays put at the ends, with modifiers, in fields, and for other keys', () => {
    expect(slideForKey('ArrowLeft', 1, 10, body, false)).toBeNull();
    expect(slideForKey('ArrowRight', 10, 10, body, false)).toBeNull();
    expect(slideForKey('ArrowRight', 3, 10, body, true)).toBeNull();
    expect(slideForKey('ArrowRight', 3, 10, { tagName: 'INPUT' }, false)).toBeNull();
    expect(
      slideForKey('ArrowRight', 3, 10, { tagName: 'DIV', isContentEditable: true }, false),
    ).toBeNull();
    expect(slideForKey('a', 3, 10, body, false)).toBeNull();
  });
});
