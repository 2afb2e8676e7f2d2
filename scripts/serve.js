#!/usr/bin/env node
// A dependency-free static file server for the built site (`dist/`). It can also serve the site
// under a sub-path (`--base /course/sub/`), which proves that the build works from any folder of a
// static host, as `base: './'` in vite.config.ts promises.
//
//   node scripts/serve.js [--port 4173] [--dir dist] [--base /some/path/]
//
// The port also comes from the PORT environment variable; --port wins over it.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const host = '127.0.0.1';

/** @type {Readonly<Record<string, string>>} */
export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  // TensorFlow.js weight shards.
  '.bin': 'application/octet-stream',
};

/** @param {string} file */
export function contentTypeFor(file) {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Text formats (and WebAssembly, which halves) are sent gzipped to a browser that accepts it, as
 * static hosts do (GitHub Pages, Netlify, nginx's gzip_static): what the budgets and Lighthouse
 * measure here is then what a learner downloads. Images, weights and fonts are already compact.
 */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.md',
  '.svg',
  '.wasm',
]);

/** @param {string} file */
export function isCompressible(file) {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

/**
 * Whether an Accept-Encoding header admits gzip (RFC 9110, section 12.5.3: "gzip" or "*" without
 * q=0).
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * "/course/sub" and "course/sub/" both become "/course/sub/"; "" and "/" become "/".
 * @param {string} base
 */
export function normaliseBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Maps a request path to a file path inside `root`, or says why it cannot.
 * @param {string} root absolute directory being served
 * @param {string} base normalised sub-path prefix ("/" for none)
 * @param {string} rawPath the request path, still percent-encoded, without query or fragment
 * @returns {{ file: string } | { redirect: string } | { status: 400 | 403 }}
 */
export function resolveRequestPath(root, base, rawPath) {
  // "/course/sub" has to become "/course/sub/" so that the page's relative URLs resolve under it.
  if (base !== '/' && rawPath === base.slice(0, -1)) return { redirect: base };
  const sitePath =
    base !== '/' && rawPath.startsWith(base) ? rawPath.slice(base.length - 1) : rawPath;

  let decoded;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  // Refuse any parent segment outright, encoded ("%2e%2e", "..%2f") or not, and with either slash.
  if (decoded.split(/[\\/]/).includes('..')) return { status: 403 };

  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return { status: 403 };
  return { file };
}

/**
 * @param {{ dir: string, base?: string }} options
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ dir, base = '/' }) {
  const root = path.resolve(dir);
  const prefix = normaliseBase(base);
  /** Gzipped bodies by file, kept while the file's modification time is the same. */
  const gzipped = new Map();

  /** @param {string} file @param {import('node:fs').Stats} info @returns {Promise<Buffer>} */
  const gzippedBody = async (file, info) => {
    const kept = gzipped.get(file);
    if (kept && kept.mtimeMs === info.mtimeMs) return kept.body;
    const body = gzipSync(await readFile(file));
    gzipped.set(file, { mtimeMs: info.mtimeMs, body });
    return body;
  };

  return createServer(async (request, response) => {
    /** @param {number} status @param {string} message @param {Record<string, string>} [headers] */
    const reply = (status, message, headers = {}) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end(request.method === 'HEAD' ? undefined : `${message}\n`);
    };

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply(405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }

    const url = request.url ?? '/';
    const queryStart = url.search(/[?#]/);
    const rawPath = queryStart === -1 ? url : url.slice(0, queryStart);
    const query = queryStart === -1 ? '' : url.slice(queryStart);
    const resolved = resolveRequestPath(root, prefix, rawPath);
    if ('redirect' in resolved) {
      reply(301, 'Moved permanently', { Location: resolved.redirect + query });
      return;
    }
    if ('status' in resolved) {
      reply(resolved.status, resolved.status === 400 ? 'Bad request' : 'Forbidden');
      return;
    }

    let file = resolved.file;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        // Leading slashes collapsed so that the redirect can never point at another host ("//host").
        reply(301, 'Moved permanently', { Location: `${rawPath.replace(/^\/+/, '/')}/${query}` });
        return;
      }
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      reply(404, 'Not found');
      return;
    }

    const headers = {
      'Content-Type': contentTypeFor(file),
      'X-Content-Type-Options': 'nosniff',
      // Vite puts a content hash in every name under assets/; everything else may change.
      'Cache-Control':
        path.relative(root, file).split(path.sep)[0] === 'assets'
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
    };
    if (isCompressible(file)) {
      const vary = { Vary: 'Accept-Encoding' };
      if (acceptsGzip(request.headers['accept-encoding'])) {
        const body = await gzippedBody(file, info);
        response.writeHead(200, {
          ...headers,
          ...vary,
          'Content-Encoding': 'gzip',
          'Content-Length': String(body.length),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      Object.assign(headers, vary);
    }
    response.writeHead(200, { ...headers, 'Content-Length': String(info.size) });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
}

function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
    },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${values.port ?? process.env.PORT}`);
    process.exit(1);
  }
  const dir = values.dir;
  const base = normaliseBase(values.base);

  const server = createStaticServer({ dir, base });
  server.on('error', (error) => {
    console.error(`Cannot serve ${dir}/ on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const origin = `http://${host}:${actualPort}`;
    const alsoAt = base === '/' ? '' : ` and ${origin}${base}`;
    console.log(`Serving ${dir.replace(/\/+$/, '')}/ at ${origin}/${alsoAt}`);
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
