/**
 * The app's addresses live in the URL's hash (`#/models`), so the static build needs no server
 * rewrites and works from any sub-path. Parsing is pure, so it is tested without a browser.
 */
export type Route = { name: 'home' } | { name: 'models' } | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/models') return { name: 'models' };
  return { name: 'not-found', path };
}

export function hrefOf(route: Route['name']): string {
  return route === 'models' ? '#/models' : '#/';
}
