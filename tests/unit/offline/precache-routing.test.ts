import { describe, expect, it } from 'vitest';
import {
  cacheKey,
  cacheName,
  isStaleCache,
  keysByUrl,
  planFetch,
  type PrecacheEntry,
} from '../../../src/sw/precache.ts';

const scope = 'http://127.0.0.1:4179/course/sub/';
const entries: PrecacheEntry[] = [
  { url: 'index.html', revision: 'i1' },
  { url: 'assets/index-abc.js', revision: 'a1' },
  { url: 'models/manifest.json', revision: 'm1' },
  { url: 'models/chatbot/weights.bin', revision: 'w1' },
];
const keys = keysByUrl(entries, scope);
const shellKey = `${scope}index.html?__revision=i1`;

const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });
const navigate = (url: string) => get(url, 'navigate');

describe('cache keys', () => {
  it('carry the revision, so an unchanged file keeps its key from one build to the next', () => {
    expect(cacheKey(entries[3], scope)).toBe(`${scope}models/chatbot/weights.bin?__revision=w1`);
    expect(cacheKey({ url: 'a.js', revision: 'r2' }, scope)).not.toBe(
      cacheKey({ url: 'a.js', revision: 'r1' }, scope),
    );
  });
});

describe('cache names', () => {
  it('change with the version, and an activating worker deletes only its own old ones', () => {
    const other = 'http://127.0.0.1:4179/another/copy/';
    expect(cacheName(scope, 'v2')).not.toBe(cacheName(scope, 'v1'));
    expect(isStaleCache(cacheName(scope, 'v1'), scope, 'v2')).toBe(true);
    expect(isStaleCache(cacheName(scope, 'v2'), scope, 'v2')).toBe(false);
    // Another copy of the course on the same host, and an unrelated cache, are left alone.
    expect(isStaleCache(cacheName(other, 'v1'), scope, 'v2')).toBe(false);
    expect(isStaleCache('someone-else', scope, 'v2')).toBe(false);
  });

  it('of a parent folder do not count as this copy', () => {
    const parent = 'http://127.0.0.1:4179/course/';
    expect(isStaleCache(cacheName(scope, 'v1'), parent, 'v2')).toBe(false);
  });
});

describe('which requests the worker answers', () => {
  it('answers a precached file from the cache', () => {
    expect(planFetch(get(`${scope}assets/index-abc.js`), keys, scope)).toEqual({
      kind: 'cache',
      key: `${scope}assets/index-abc.js?__revision=a1`,
    });
    expect(planFetch(get(`${scope}models/chatbot/weights.bin`), keys, scope)).toEqual({
      kind: 'cache',
      key: `${scope}models/chatbot/weights.bin?__revision=w1`,
    });
  });

  it('answers every page of the course with the cached index.html, whatever the hash or query', () => {
    for (const url of [
      scope,
      `${scope}#/lab/streaming?seed=7`,
      `${scope}index.html`,
      `${scope}?utm_source=mail#/models`,
    ]) {
      expect(planFetch(navigate(url), keys, scope)).toEqual({ kind: 'cache', key: shellKey });
    }
  });

  it('opens a precached file navigated to directly', () => {
    expect(planFetch(navigate(`${scope}models/manifest.json`), keys, scope)).toEqual({
      kind: 'cache',
      key: `${scope}models/manifest.json?__revision=m1`,
    });
  });

  it('lets the network answer other pages in the scope, with the course as the offline fallback', () => {
    expect(planFetch(navigate(`${scope}elsewhere/`), keys, scope)).toEqual({
      kind: 'network-then-shell',
      shellKey,
    });
  });

  it('does not answer a file with a query: it may be asking for something else', () => {
    expect(planFetch(get(`${scope}models/manifest.json?v=2`), keys, scope)).toBeNull();
  });

  it('ignores a fragment on a file URL', () => {
    expect(planFetch(get(`${scope}models/manifest.json#x`), keys, scope)).toEqual({
      kind: 'cache',
      key: `${scope}models/manifest.json?__revision=m1`,
    });
  });

  it('leaves alone other origins, other folders, other methods and unknown files', () => {
    expect(planFetch(get('https://cdn.example/course/sub/index.html'), keys, scope)).toBeNull();
    expect(planFetch(navigate('http://127.0.0.1:4179/course/'), keys, scope)).toBeNull();
    expect(planFetch(get('http://127.0.0.1:4179/course/subway/x.js'), keys, scope)).toBeNull();
    expect(
      planFetch({ url: `${scope}index.html`, method: 'POST', mode: 'navigate' }, keys, scope),
    ).toBeNull();
    expect(planFetch(get(`${scope}assets/missing.js`), keys, scope)).toBeNull();
  });

  it('without a shell in the list, unknown pages are left to the network', () => {
    const noShell = keysByUrl(entries.slice(1), scope);
    expect(planFetch(navigate(scope), noShell, scope)).toBeNull();
  });
});
