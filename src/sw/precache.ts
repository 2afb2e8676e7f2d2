/**
 * The service worker's pure logic: cache names, cache keys and which requests it answers. No
 * Service Worker API here, so the unit tests run it under Node (tests/unit/offline).
 */

/** One file of the build: its URL relative to the service worker, and a hash of its content. */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

/** What the build writes into sw.js (scripts/vite-plugin-offline.ts). */
export interface PrecacheManifest {
  /** A hash of every entry: a new build with any changed file gets a new cache. */
  version: string;
  entries: PrecacheEntry[];
}

/** The one document of the app: hash routing (`#/lab/streaming`) never asks the server for another. */
export const shellUrl = 'index.html';

const cachePrefix = 'tipos-de-despliegue';

/**
 * Caches belong to the origin, not to a service worker's scope: two copies of the course under
 * different sub-paths of one host share `caches`. The scope in the name keeps each copy from
 * deleting the other's cache when it activates.
 */
export function cacheNamePrefix(scope: string): string {
  return `${cachePrefix}:${scope}:`;
}

export function cacheName(scope: string, version: string): string {
  return `${cacheNamePrefix(scope)}${version}`;
}

/** Caches this copy of the course created for an earlier build: to delete once the new one is active. */
export function isStaleCache(name: string, scope: string, version: string): boolean {
  return name.startsWith(cacheNamePrefix(scope)) && name !== cacheName(scope, version);
}

/**
 * The key a file is stored under: its URL with its revision as a query. Workbox's precache does the
 * same (https://developer.chrome.com/docs/workbox/modules/workbox-precaching): an unchanged file keeps
 * its key across builds, so a new service worker copies it from the old cache instead of
 * downloading it again (the models and WebAssembly files rarely change, and are most of the bytes).
 */
export function cacheKey(entry: PrecacheEntry, scope: string): string {
  const url = new URL(entry.url, scope);
  url.search = `__revision=${encodeURIComponent(entry.revision)}`;
  return url.href;
}

/** Absolute URL (no query, no fragment) to cache key, for every precached file. */
export function keysByUrl(entries: readonly PrecacheEntry[], scope: string): Map<string, string> {
  return new Map(entries.map((entry) => [new URL(entry.url, scope).href, cacheKey(entry, scope)]));
}

/** The parts of a Request the routing looks at (a plain object in tests). */
export interface RequestFacts {
  url: string;
  method: string;
  mode: string;
}

/**
 * How to answer a request:
 * - `cache`: from the precache under `key` (the network only if the entry has gone missing);
 * - `network-then-shell`: a page inside the scope that the build does not have; the network
 *   decides (a 404 stays a 404), and offline the course's own page is better than the browser's error;
 * - `null`: not ours (another origin, outside the scope, not a GET, an unknown file): the service
 *   worker does not call `respondWith`, and the browser goes to the network as if it were not there.
 */
export type FetchPlan =
  { kind: 'cache'; key: string } | { kind: 'network-then-shell'; shellKey: string } | null;

export function planFetch(
  request: RequestFacts,
  keys: ReadonlyMap<string, string>,
  scope: string,
): FetchPlan {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  if (!url.href.startsWith(scope)) return null;
  const navigation = request.mode === 'navigate';
  const shellKey = keys.get(new URL(shellUrl, scope).href);
  url.hash = '';

  if (navigation) {
    // A page's query string (a shared link with `?utm_source=…`) does not change the document the
    // static host sends, so it is ignored for pages, and only for them.
    url.search = '';
    if (shellKey && (url.href === scope || url.href === new URL(shellUrl, scope).href))
      return { kind: 'cache', key: shellKey };
    const key = keys.get(url.href);
    if (key) return { kind: 'cache', key };
    return shellKey ? { kind: 'network-then-shell', shellKey } : null;
  }

  // A subresource with a query may be asking for something else on purpose (cache busting, an
  // API): only the exact file is answered from the precache.
  if (url.search !== '') return null;
  const key = keys.get(url.href);
  return key ? { kind: 'cache', key } : null;
}
