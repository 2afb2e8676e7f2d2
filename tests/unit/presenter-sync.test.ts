import { describe, expect, it } from 'vitest';
import {
  readSyncMessage,
  slideMessage,
  SlideSync,
  WHERE_MESSAGE,
} from '../../src/ui/lessons/presenter-sync.ts';

const at = (slide: number, lesson = '02-batch') => ({ lesson, slide });

describe('reading a channel message', () => {
  it('accepts the two kinds of message', () => {
    expect(readSyncMessage({ type: 'slide', lesson: '02-batch', slide: 3 })).toEqual(
      slideMessage(at(3)),
    );
    expect(readSyncMessage({ type: 'where' })).toEqual(WHERE_MESSAGE);
  });

  it.each([
    null,
    'slide',
    42,
    {},
    { type: 'slide' },
    { type: 'slide', lesson: '02-batch', slide: 0 },
    { type: 'slide', lesson: '02-batch', slide: 2.5 },
    { type: 'slide', lesson: '02-batch', slide: '3' },
    { type: 'slide', lesson: '../settings', slide: 1 },
    { type: 'slide', lesson: 'Batch', slide: 1 },
    { type: 'jump', lesson: '02-batch', slide: 1 },
  ])('refuses %j', (data) => {
    expect(readSyncMessage(data)).toBeNull();
  });
});

describe('two windows in step', () => {
  it('the presenter announces the slide it opens on and every slide it turns to', () => {
    const presenter = new SlideSync('presenter');
    expect(presenter.shown(at(1))).toEqual(slideMessage(at(1)));
    expect(presenter.shown(at(2))).toEqual(slideMessage(at(2)));
    expect(presenter.shown(at(1, '03-online'))).toEqual(slideMessage(at(1, '03-online')));
  });

  it('an audience window opens quietly, then announces the turns made in it', () => {
    const audience = new SlideSync('audience');
    expect(audience.shown(at(5))).toBeNull();
    expect(audience.shown(at(6))).toEqual(slideMessage(at(6)));
  });

  it('follows a turn without echoing it back', () => {
    const audience = new SlideSync('audience');
    audience.shown(at(1));
    expect(audience.receive(slideMessage(at(2)), at(1))).toEqual({ go: at(2), reply: null });
    expect(audience.shown(at(2))).toBeNull();
    // A later turn of its own is announced again.
    expect(audience.shown(at(3))).toEqual(slideMessage(at(3)));
  });

  it('two quick turns are followed to the second, and neither is sent back', () => {
    const audience = new SlideSync('audience');
    audience.shown(at(1));
    // Both messages arrive before the first address change has been drawn; the address already
    // names slide 2 when the second arrives.
    expect(audience.receive(slideMessage(at(2)), at(1)).go).toEqual(at(2));
    expect(audience.receive(slideMessage(at(3)), at(2)).go).toEqual(at(3));
    expect(audience.shown(at(2))).toBeNull();
    expect(audience.shown(at(3))).toBeNull();
  });

  it('a followed turn overtaken before it is drawn is not sent back later', () => {
    const audience = new SlideSync('audience');
    audience.shown(at(1));
    audience.receive(slideMessage(at(2)), at(1));
    audience.receive(slideMessage(at(3)), at(2));
    // Only the last address is drawn; a later turn of its own to slide 2 is the learner's, and
    // must be announced rather than mistaken for the overtaken one.
    expect(audience.shown(at(3))).toBeNull();
    expect(audience.shown(at(2))).toEqual(slideMessage(at(2)));
  });

  it('a turn to the slide already addressed moves nothing', () => {
    const presenter = new SlideSync('presenter');
    presenter.shown(at(4));
    expect(presenter.receive(slideMessage(at(4)), at(4))).toEqual({ go: null, reply: null });
    expect(presenter.shown(at(5))).toEqual(slideMessage(at(5)));
  });

  it('the presenter answers where the talk is; an audience window does not', () => {
    const presenter = new SlideSync('presenter');
    const audience = new SlideSync('audience');
    expect(presenter.receive(WHERE_MESSAGE, null)).toEqual({ go: null, reply: null });
    presenter.shown(at(7));
    audience.shown(at(2));
    expect(presenter.receive(WHERE_MESSAGE, at(7))).toEqual({
      go: null,
      reply: slideMessage(at(7)),
    });
    expect(audience.receive(WHERE_MESSAGE, at(2))).toEqual({ go: null, reply: null });
  });

  it('an audience window sent elsewhere before its first slide is drawn does not echo it', () => {
    const presenter = new SlideSync('presenter');
    const audience = new SlideSync('audience');
    presenter.shown(at(7));
    // Opened at a stale slide 2, it asks; the answer arrives while the course is still loading.
    const answer = presenter.receive(WHERE_MESSAGE, at(7)).reply;
    expect(audience.receive(answer, at(2)).go).toEqual(at(7));
    expect(audience.shown(at(7))).toBeNull();
    // Its own turn back to 7 later is announced: the followed turn was used up.
    audience.shown(at(8));
    expect(audience.shown(at(7))).toEqual(slideMessage(at(7)));
  });

  it('ignores what is not a message of ours', () => {
    const audience = new SlideSync('audience');
    audience.shown(at(1));
    expect(audience.receive({ type: 'slide', lesson: 'x', slide: -1 }, at(1))).toEqual({
      go: null,
      reply: null,
    });
  });
});
