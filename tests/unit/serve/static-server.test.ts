import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, createStaticServer } from '../../../scripts/serve.js';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['br', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('the static server under a sub-path', () => {
  let dir: string;
  let origin: string;
  let close: () => Promise<void>;
  const script = 'export const answer = 42;\n'.repeat(200);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'serve-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(path.join(dir, 'assets', 'app-abc123.js'), script);
    await writeFile(path.join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const server = createStaticServer({ dir, base: '/course/sub/' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterAll(async () => {
    await close();
    await rm(dir, { recursive: true });
  });

  /** Raw bytes and headers, without fetch's own decompression. */
  async function get(pathname: string, acceptEncoding?: string) {
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        const request = http.get(
          `${origin}${pathname}`,
          { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        request.on('error', reject);
      },
    );
  }

  it('gzips text to a browser that accepts it, with the compressed length', async () => {
    const response = await get('/course/sub/assets/app-abc123.js', 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(response.body).toString()).toBe(script);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the file as it is without Accept-Encoding, and never gzips images', async () => {
    const plain = await get('/course/sub/assets/app-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const image = await get('/course/sub/icon.png', 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });

  it('serves index.html for the sub-path and redirects the bare one', async () => {
    const index = await get('/course/sub/', 'gzip');
    expect(gunzipSync(index.body).toString()).toContain('<title>t</title>');
    expect(index.headers['cache-control']).toBe('no-cache');
    const bare = await get('/course/sub');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/course/sub/');
  });
});
