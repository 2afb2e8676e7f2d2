#!/usr/bin/env node
// Draws the course's app icons (public/icons/*.png) for the web app manifest, with Node alone:
// the shapes of public/favicon.svg, rasterised with signed distances and written as PNG with zlib.
// Nothing is downloaded, and the icons can be redrawn after a change to the favicon's design.
//
//   npx tsx scripts/offline-icons.ts

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const accent: Rgb = [0x0b, 0x5c, 0xad]; // --color-accent, as in favicon.svg
const white: Rgb = [0xff, 0xff, 0xff];

/** A shape as a signed distance, in favicon units (a 32 × 32 box): negative inside. */
type Shape = (x: number, y: number) => number;

function roundedRect(x: number, y: number, w: number, h: number, r: number): Shape {
  const cx = x + w / 2;
  const cy = y + h / 2;
  return (px, py) => {
    const qx = Math.abs(px - cx) - (w / 2 - r);
    const qy = Math.abs(py - cy) - (h / 2 - r);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

/** A horizontal stroke with round caps (`M x0 y h length`, stroke-linecap round). */
function stroke(x0: number, y: number, length: number, width: number): Shape {
  return (px, py) => Math.hypot(px - Math.min(Math.max(px, x0), x0 + length), py - y) - width / 2;
}

// favicon.svg's glyph: two squares (a batch) and three lines (a stream of requests).
const glyph: { shape: Shape; opacity: number }[] = [
  { shape: roundedRect(6, 7, 8, 8, 1.5), opacity: 1 },
  { shape: roundedRect(6, 17, 8, 8, 1.5), opacity: 0.7 },
  { shape: stroke(18, 11, 8, 2.5), opacity: 1 },
  { shape: stroke(18, 16, 5, 2.5), opacity: 1 },
  { shape: stroke(18, 21, 8, 2.5), opacity: 1 },
];

/**
 * `maskable`: the background fills the square and the glyph shrinks into the safe zone, the
 * centred circle of radius 40% that every platform's mask keeps
 * (https://web.dev/articles/maskable-icon). Otherwise, the favicon's rounded square, transparent
 * around it.
 */
export function drawIcon(size: number, maskable: boolean): Uint8Array {
  // Favicon units per pixel. The glyph's farthest point is 14.4 units from the centre (16, 16).
  const unitsPerPixel = maskable ? 14.4 / (0.36 * size) : 32 / size;
  const background: Shape = maskable ? () => -1 : roundedRect(0, 0, 32, 32, 6);
  const layers = [{ shape: background, opacity: 1, colour: accent }].concat(
    glyph.map((g) => ({ ...g, colour: white })),
  );
  const rgba = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = 16 + (col + 0.5 - size / 2) * unitsPerPixel;
      const y = 16 + (row + 0.5 - size / 2) * unitsPerPixel;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        // Coverage from the distance to the edge in pixels: a one-pixel ramp is the antialiasing.
        const coverage = Math.min(Math.max(0.5 - layer.shape(x, y) / unitsPerPixel, 0), 1);
        const alpha = coverage * layer.opacity;
        const out = alpha + a * (1 - alpha);
        if (out === 0) continue;
        const mix = (src: number, dst: number) => (src * alpha + dst * a * (1 - alpha)) / out;
        [r, g, b, a] = [
          mix(layer.colour[0], r),
          mix(layer.colour[1], g),
          mix(layer.colour[2], b),
          out,
        ];
      }
      rgba.set([r, g, b, a * 255].map(Math.round), (row * size + col) * 4);
    }
  }
  return rgba;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (https://www.w3.org/TR/png-3/): every row unfiltered, deflated at once. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let row = 0; row < height; row++)
    rows.set(rgba.subarray(row * width * 4, (row + 1) * width * 4), row * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/** The files public/manifest.webmanifest names. */
export const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
] as const;

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const { file, size, maskable } of icons) {
    const target = path.join(root, 'public', 'icons', file);
    await writeFile(target, encodePng(size, size, drawIcon(size, maskable)));
    console.log(`wrote ${path.relative(root, target)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
