/**
 * The app's addresses live in the URL's hash (`#/models`), so the static build needs no server
 * rewrites and works from any sub-path. Parsing is pure, so it is tested without a browser.
 */
export type Route =
  | { name: 'home' }
  | { name: 'models' }
  | { name: 'lessons' }
  /** One slide: `#/lessons/02-batch/3` is the third slide (1-based) of lesson 02-batch. */
  | { name: 'slide'; lesson: string; slide: number }
  | { name: 'not-found'; path: string };

export type NavRoute = 'home' | 'lessons' | 'models';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/models') return { name: 'models' };
  if (path === '/lessons') return { name: 'lessons' };
  const slide = /^\/lessons\/([a-z0-9-]+)(?:\/(\d+))?$/.exec(path);
  if (slide)
    return {
      name: 'slide',
      lesson: slide[1],
      slide: slide[2] === undefined ? 1 : Number(slide[2]),
    };
  return { name: 'not-found', path };
}

export function hrefOf(route: NavRoute): string {
  return route === 'home' ? '#/' : `#/${route}`;
}

export function slideHref(lesson: string, slide: number): string {
  return `#/lessons/${lesson}/${slide}`;
}

/** Which navigation item a page belongs to. */
export function navSection(route: Route): NavRoute | null {
  if (route.name === 'home' || route.name === 'models' || route.name === 'lessons')
    return route.name;
  return route.name === 'slide' ? 'lessons' : null;
}
