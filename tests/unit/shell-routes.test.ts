import { describe, expect, it } from 'vitest';
import { deckHref, hrefOf, navSection, parseRoute, slideHref } from '../../src/ui/shell/routes.ts';

describe('routes', () => {
  it.each([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/models', { name: 'models' }],
    ['#/models/', { name: 'models' }],
    ['#/lessons', { name: 'lessons' }],
    ['#/lessons/02-batch', { name: 'slide', lesson: '02-batch', slide: 1 }],
    ['#/lessons/02-batch/3', { name: 'slide', lesson: '02-batch', slide: 3 }],
    ['#/lessons/02-batch/x', { name: 'not-found', path: '/lessons/02-batch/x' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
    ['#/lessons/02-batch/quiz', { name: 'quiz', lesson: '02-batch' }],
    ['#/quiz/final', { name: 'quiz', lesson: 'final' }],
    ['#/settings', { name: 'settings' }],
    ['#/decide', { name: 'decide', query: '' }],
    [
      '#/decide?known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200',
      { name: 'decide', query: 'known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200' },
    ],
    ['#/lab', { name: 'labs' }],
    [
      '#/lab/online?preset=chatbot&servers=6',
      { name: 'lab', mode: 'online', query: 'preset=chatbot&servers=6' },
    ],
    ['#/lab/sideways', { name: 'not-found', path: '/lab/sideways' }],
    ['#/present/02-batch/3', { name: 'present', lesson: '02-batch', slide: 3 }],
    ['#/present/02-batch', { name: 'present', lesson: '02-batch', slide: 1 }],
    ['#/present/02-batch/3/', { name: 'present', lesson: '02-batch', slide: 3 }],
    ['#/present/02-batch/x', { name: 'not-found', path: '/present/02-batch/x' }],
    ['#/present', { name: 'not-found', path: '/present' }],
    ['#/show/04-streaming/9', { name: 'show', lesson: '04-streaming', slide: 9 }],
    ['#/show/04-streaming', { name: 'show', lesson: '04-streaming', slide: 1 }],
    ['#/show/Batch/1', { name: 'not-found', path: '/show/Batch/1' }],
    ['#/shows/02-batch/1', { name: 'not-found', path: '/shows/02-batch/1' }],
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips the links it makes', () => {
    for (const name of ['home', 'models'] as const)
      expect(parseRoute(hrefOf(name)).name).toBe(name);
  });

  it('builds slide addresses and files slides under Lessons', () => {
    expect(parseRoute(slideHref('01-tipos-de-despliegue', 2))).toEqual({
      name: 'slide',
      lesson: '01-tipos-de-despliegue',
      slide: 2,
    });
    expect(parseRoute(hrefOf('lessons'))).toEqual({ name: 'lessons' });
    expect(navSection({ name: 'slide', lesson: 'x', slide: 1 })).toBe('lessons');
    expect(navSection({ name: 'decide', query: '' })).toBe('lessons');
    expect(navSection({ name: 'not-found', path: '/x' })).toBeNull();
  });

  it('builds the presenter and audience addresses of a slide and reads them back', () => {
    expect(deckHref('present', '02-batch', 4)).toBe('#/present/02-batch/4');
    expect(deckHref('show', '02-batch', 4)).toBe('#/show/02-batch/4');
    expect(deckHref('slide', '02-batch', 4)).toBe(slideHref('02-batch', 4));
    for (const view of ['slide', 'present', 'show'] as const)
      expect(parseRoute(deckHref(view, '05-como-elegir', 2))).toEqual({
        name: view,
        lesson: '05-como-elegir',
        slide: 2,
      });
  });

  it('files the presenter view under Lessons and gives the audience view no section', () => {
    expect(navSection({ name: 'present', lesson: 'x', slide: 1 })).toBe('lessons');
    expect(navSection({ name: 'show', lesson: 'x', slide: 1 })).toBeNull();
  });
});
