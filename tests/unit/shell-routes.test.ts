import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../src/ui/shell/routes.ts';

describe('routes', () => {
  it.each([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#/models', { name: 'models' }],
    ['#/models/', { name: 'models' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips the links it makes', () => {
    for (const name of ['home', 'models'] as const)
      expect(parseRoute(hrefOf(name)).name).toBe(name);
  });
});
