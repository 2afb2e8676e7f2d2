import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isPrecached,
  listFiles,
  manifestOfDir,
  precacheManifest,
  relativeUrl,
} from '../../../scripts/vite-plugin-offline.ts';
import { keysByUrl } from '../../../src/sw/precache.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A small dist/: hashed assets, public files in folders, the worker itself and build leftovers. */
async function fakeDist(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'offline-dist-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

const dist = {
  'index.html': '<!doctype html>',
  'assets/index-abc123.js': 'console.log(1)',
  'assets/index-abc123.js.map': '{}',
  'assets/tfjs-backend-wasm-x.wasm': '\0asm',
  'models/manifest.json': '{"models":[]}',
  'models/chatbot/model.json': '{}',
  'models/chatbot/weights.bin': 'weights',
  'icons/icon-192.png': 'png',
  'manifest.webmanifest': '{}',
  'sw.js': 'self.addEventListener',
  '.vite/manifest.json': '{}',
};

describe('the precache list of a build', () => {
  it('lists every file of dist/ once, but the worker itself, source maps and dotfiles', async () => {
    const { manifest, bytes } = await manifestOfDir(await fakeDist(dist));
    const urls = manifest.entries.map((entry) => entry.url);
    expect(urls).toEqual([
      'assets/index-abc123.js',
      'assets/tfjs-backend-wasm-x.wasm',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'models/chatbot/model.json',
      'models/chatbot/weights.bin',
      'models/manifest.json',
    ]);
    expect(new Set(urls).size).toBe(urls.length);
    const expectedBytes = urls.reduce(
      (sum, url) => sum + Buffer.byteLength(dist[url as keyof typeof dist]),
      0,
    );
    expect(bytes).toBe(expectedBytes);
  });

  it('lists nested folders with forward slashes, relative to dist/', async () => {
    expect(await listFiles(await fakeDist({ 'a/b/c.txt': 'x', 'd.txt': 'y' }))).toEqual([
      'a/b/c.txt',
      'd.txt',
    ]);
  });

  it('gives relative URLs, so the list works under any sub-path', async () => {
    const { manifest } = await manifestOfDir(await fakeDist(dist));
    for (const { url } of manifest.entries) {
      expect(url).not.toMatch(/^(\/|\.\.?\/|[a-z]+:)/);
      for (const scope of ['https://host.example/', 'https://host.example/course/sub/']) {
        expect(new URL(url, scope).href.startsWith(scope)).toBe(true);
      }
    }
  });

  it('changes a revision, and the version, when a file changes, and only then', () => {
    const before = precacheManifest([
      { path: 'index.html', content: 'one' },
      { path: 'models/m/weights.bin', content: 'weights' },
    ]);
    const same = precacheManifest([
      { path: 'models/m/weights.bin', content: 'weights' },
      { path: 'index.html', content: 'one' },
    ]);
    const after = precacheManifest([
      { path: 'index.html', content: 'two' },
      { path: 'models/m/weights.bin', content: 'weights' },
    ]);
    expect(same).toEqual(before);
    expect(after.entries[0].revision).not.toBe(before.entries[0].revision);
    expect(after.entries[1].revision).toBe(before.entries[1].revision);
    expect(after.version).not.toBe(before.version);
  });

  it('a new file also changes the version', () => {
    const one = precacheManifest([{ path: 'index.html', content: 'x' }]);
    const two = precacheManifest([
      { path: 'index.html', content: 'x' },
      { path: 'assets/new.js', content: '' },
    ]);
    expect(two.version).not.toBe(one.version);
  });
});

describe('file names as URLs', () => {
  it('escapes only what would end the path or start an escape', () => {
    expect(relativeUrl('models/a b/x#1?.bin')).toBe('models/a b/x%231%3F.bin');
    expect(relativeUrl('100%.bin')).toBe('100%25.bin');
  });

  it('match the URLs a browser requests for those files', () => {
    const scope = 'https://host.example/course/sub/';
    // What `fetch(name)` asks for; a name with `#`, `?` or `%` has to be escaped by whoever links it.
    const requested: Record<string, string> = {
      'a b.js': 'a b.js',
      'é.json': 'é.json',
      'a@b,c.js': 'a@b,c.js',
      'x#1.bin': 'x%231.bin',
      '100%.bin': '100%25.bin',
    };
    const keys = keysByUrl(
      Object.keys(requested).map((name) => ({ url: relativeUrl(name), revision: 'r' })),
      scope,
    );
    for (const link of Object.values(requested))
      expect(keys.has(new URL(link, scope).href)).toBe(true);
  });

  it('leaves the worker itself to the browser', () => {
    expect(isPrecached('sw.js')).toBe(false);
    expect(isPrecached('assets/sw.js')).toBe(true);
  });
});
