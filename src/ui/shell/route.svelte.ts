import { parseRoute, type Route } from './routes.ts';

let current = $state<Route>(parseRoute(globalThis.location?.hash ?? ''));

globalThis.addEventListener?.('hashchange', () => {
  current = parseRoute(globalThis.location.hash);
});

/** The page being shown: read `route.current`; links change it through the hash. */
export const route = {
  get current(): Route {
    return current;
  },
};
