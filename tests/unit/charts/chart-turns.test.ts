import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { awaitTurn } from '../../../src/ui/charts/chart-turns.ts';

describe('awaitTurn: one chart built per animation frame', () => {
  let frames: FrameRequestCallback[] = [];
  const nextFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(0);
  };

  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('grants the turns in order, one a frame, and asks for one frame at a time', () => {
    const built: string[] = [];
    for (const name of ['a', 'b', 'c']) awaitTurn(() => built.push(name));
    expect(frames).toHaveLength(1);
    expect(built).toEqual([]);
    nextFrame();
    expect(built).toEqual(['a']);
    nextFrame();
    expect(built).toEqual(['a', 'b']);
    nextFrame();
    expect(built).toEqual(['a', 'b', 'c']);
    expect(frames).toHaveLength(0);
  });

  it('skips a chart withdrawn before its turn and asks for no frame once nothing waits', () => {
    const built: string[] = [];
    awaitTurn(() => built.push('a'));
    const withdraw = awaitTurn(() => built.push('gone'));
    awaitTurn(() => built.push('c'));
    withdraw();
    nextFrame();
    nextFrame();
    expect(built).toEqual(['a', 'c']);
    expect(frames).toHaveLength(0);
    // Withdrawing after the turn was granted changes nothing.
    withdraw();
    awaitTurn(() => built.push('d'));
    expect(frames).toHaveLength(1);
    nextFrame();
    expect(built).toEqual(['a', 'c', 'd']);
  });
});
