import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import type { PrecacheManifest } from '../src/sw/precache.ts';

/**
 * Makes the built course work offline: after Vite has written dist/, lists every file in it with a
 * hash of its content and builds src/sw/sw.ts into dist/sw.js with that list inside.
 *
 * Hand-written rather than Workbox: the service worker needs three events and forty lines, the
 * list is a directory walk, and nothing is added to what the browser downloads but sw.js itself.
 * The list is made from the files on disk, not from Rollup's bundle, because public/ (the models,
 * the icons, the manifest) is copied beside the bundle and is not part of it.
 */

export const serviceWorkerFile = 'sw.js';

/**
 * Which files of dist/ the service worker stores: all of them, but sw.js (the browser fetches it
 * itself, bypassing the worker, to look for updates), source maps (only devtools ask for them) and
 * dotfiles (build metadata that many static hosts refuse to serve: one missing file fails the install).
 */
export function isPrecached(relativePath: string): boolean {
  if (relativePath === serviceWorkerFile) return false;
  if (relativePath.endsWith('.map')) return false;
  return !relativePath.split('/').some((segment) => segment.startsWith('.'));
}

/** Every file under `dir`, as sorted '/'-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const dirents = await readdir(dir, { recursive: true, withFileTypes: true });
  return dirents
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(dir, path.join(dirent.parentPath, dirent.name)))
    .map((relative) => relative.split(path.sep).join('/'))
    .sort();
}

/** A content hash: 64 bits of SHA-256 tell two versions of a file apart with no practical collision. */
export function revisionOf(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * A path as a URL relative to the service worker. Only the characters that would end a URL's path
 * (`?`, `#`) or start an escape (`%`) are escaped: the browser's URL parser does the rest, the same
 * way for this list (src/sw/precache.ts) as for the requests it is compared with.
 */
export function relativeUrl(relativePath: string): string {
  return relativePath.replace(/[%?#]/g, (c) => encodeURIComponent(c));
}

export interface BuiltFile {
  path: string;
  content: Uint8Array | string;
}

export function precacheManifest(files: readonly BuiltFile[]): PrecacheManifest {
  const entries = files
    .filter((file) => isPrecached(file.path))
    .map((file) => ({ url: relativeUrl(file.path), revision: revisionOf(file.content) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { version: revisionOf(JSON.stringify(entries)).slice(0, 12), entries };
}

/** The manifest of a built directory, and how many bytes the first visit downloads into the cache. */
export async function manifestOfDir(
  dir: string,
): Promise<{ manifest: PrecacheManifest; bytes: number }> {
  const files = await Promise.all(
    (await listFiles(dir))
      .filter(isPrecached)
      .map(async (file) => ({ path: file, content: await readFile(path.join(dir, file)) })),
  );
  return {
    manifest: precacheManifest(files),
    bytes: files.reduce((sum, file) => sum + file.content.byteLength, 0),
  };
}

/** Bundles the service worker (TypeScript, with its imports) as one classic script. */
async function buildServiceWorker(
  config: ResolvedConfig,
  entry: string,
  manifest: PrecacheManifest,
): Promise<string> {
  const output = (await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    define: { __OFFLINE_PRECACHE__: JSON.stringify(manifest) },
    build: {
      write: false,
      target: config.build.target,
      minify: config.build.minify,
      rolldownOptions: { input: entry, output: { format: 'iife' } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const chunk = chunks.find((item) => item.type === 'chunk');
  if (!chunk || chunks.length !== 1)
    throw new Error(`the service worker should build to one file, not ${chunks.length}`);
  return chunk.code;
}

// Beside this file rather than under `config.root`: the e2e specs build fixture pages with this
// config and another root (tests/e2e/predictions.spec.ts).
const defaultEntry = fileURLToPath(new URL('../src/sw/sw.ts', import.meta.url));

/** `entry`: an absolute path to the service worker's source. */
export function offlinePlugin(options: { entry?: string } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'course-offline',
    // Only `vite build`: the dev server has no dist/ and no service worker (src/offline registers
    // it in production builds only), and Vitest never builds.
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After every other plugin has written its files, so the list is complete.
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        const { manifest, bytes } = await manifestOfDir(outDir);
        const entry = options.entry ?? defaultEntry;
        const code = await buildServiceWorker(config, entry, manifest);
        await writeFile(path.join(outDir, serviceWorkerFile), code);
        const megabytes = (bytes / 1_000_000).toFixed(1);
        config.logger.info(
          `offline: ${serviceWorkerFile} precaches ${manifest.entries.length} files, ${megabytes} MB (version ${manifest.version})`,
        );
      },
    },
  };
}
