/// <reference lib="webworker" />
import {
  cacheKey,
  cacheName,
  isStaleCache,
  keysByUrl,
  planFetch,
  type PrecacheEntry,
  type PrecacheManifest,
} from './precache.ts';
import { isSkipWaitingMessage } from './protocol.ts';

/**
 * The course's service worker: it stores every file of the build on the first visit, so that the
 * course, its models and its WebAssembly files work offline from then on.
 *
 * Built by scripts/vite-plugin-offline.ts into `dist/sw.js`, beside index.html, as a classic script
 * (every browser with service workers runs those; module service workers are newer). The plugin
 * replaces `__OFFLINE_PRECACHE__` with the list of files and their content hashes; any changed
 * file changes sw.js, which is how the browser learns that there is a new version (it compares
 * sw.js byte by byte on each visit: https://web.dev/articles/service-worker-lifecycle#updates).
 */
declare const self: ServiceWorkerGlobalScope;
declare const __OFFLINE_PRECACHE__: PrecacheManifest;

const manifest = __OFFLINE_PRECACHE__;
// The folder of sw.js, which is the folder of index.html and the registration's scope
// (src/offline/register.ts): the build's URLs are relative to it.
const scope = new URL('./', self.location.href).href;
const currentCache = cacheName(scope, manifest.version);
const keys = keysByUrl(manifest.entries, scope);

async function precacheEntry(cache: Cache, entry: PrecacheEntry, key: string): Promise<void> {
  // Already here from an interrupted install of this same version.
  if (await cache.match(key)) return;
  // The same file with the same content hash in the previous version's cache: copy, don't download.
  const previous = await caches.match(key);
  if (previous) return cache.put(key, previous);
  // `no-cache` revalidates with the server: a file without a hash in its name (index.html,
  // models/manifest.json) may sit stale in the HTTP cache, and the precache must hold this build's.
  const response = await fetch(new Request(new URL(entry.url, scope), { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`${entry.url} answered HTTP ${response.status}`);
  await cache.put(key, response);
}

// Install: everything or nothing. A failed download rejects waitUntil, the browser discards this
// worker and tries again on the next visit, keeping the previous version meanwhile
// (https://developer.mozilla.org/en-US/docs/Web/API/ServiceWorkerGlobalScope/install_event).
// No skipWaiting(): a page of the previous build may still lazy-load its own chunks, which the new
// cache no longer has; the page asks for the switch when the learner accepts (message below).
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(currentCache)
      .then((cache) =>
        Promise.all(
          manifest.entries.map((entry) => precacheEntry(cache, entry, cacheKey(entry, scope))),
        ),
      ),
  );
});

// Activate: the previous build's caches go, now that no page uses them
// (https://web.dev/articles/service-worker-lifecycle#activate). No clients.claim(): the page of a
// first visit was loaded from the network and stays so; the next load is served from the cache.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => isStaleCache(name, scope, manifest.version))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) event.waitUntil(self.skipWaiting());
});

async function fromCache(key: string, request: Request): Promise<Response> {
  const cache = await caches.open(currentCache);
  return (await cache.match(key)) ?? fetch(request);
}

async function networkThenShell(request: Request, shellKey: string): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await (await caches.open(currentCache)).match(shellKey);
    if (shell) return shell;
    throw error;
  }
}

// Cache first: a precached file never changes within a version, so the network adds nothing but
// latency (https://web.dev/articles/offline-cookbook#cache-falling-back-to-network).
self.addEventListener('fetch', (event) => {
  const plan = planFetch(event.request, keys, scope);
  if (plan === null) return;
  event.respondWith(
    plan.kind === 'cache'
      ? fromCache(plan.key, event.request)
      : networkThenShell(event.request, plan.shellKey),
  );
});
