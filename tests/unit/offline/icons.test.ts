import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, icons } from '../../../scripts/offline-icons.ts';

/** Width, height and RGBA pixels of an unfiltered 8-bit RGBA PNG, as encodePng writes them. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) {
    expect(rows[row * (width * 4 + 1)]).toBe(0);
    const start = row * (width * 4 + 1) + 1;
    rgba.set(rows.subarray(start, start + width * 4), row * width * 4);
  }
  return { width, height, rgba };
}

const pixel = (rgba: Uint8Array, size: number, x: number, y: number) =>
  Array.from(rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));

describe('the app icons', () => {
  it('round-trip through the PNG encoder', () => {
    const rgba = drawIcon(16, false);
    expect(decodePng(encodePng(16, 16, rgba))).toEqual({ width: 16, height: 16, rgba });
  });

  it('the maskable one fills its square; the others have transparent rounded corners', () => {
    const maskable = drawIcon(64, true);
    const plain = drawIcon(64, false);
    expect(pixel(maskable, 64, 0, 0)).toEqual([0x0b, 0x5c, 0xad, 255]);
    expect(pixel(plain, 64, 0, 0)[3]).toBe(0);
    expect(pixel(plain, 64, 32, 2)).toEqual([0x0b, 0x5c, 0xad, 255]);
  });

  it('public/manifest.webmanifest names each icon, drawn at the size it declares', async () => {
    const manifest = JSON.parse(await readFile('public/manifest.webmanifest', 'utf8')) as {
      icons: { src: string; sizes: string; purpose: string }[];
    };
    for (const icon of icons) {
      const declared = manifest.icons.find((entry) => entry.src === `icons/${icon.file}`);
      expect(declared?.sizes).toBe(`${icon.size}x${icon.size}`);
      expect(declared?.purpose).toBe(icon.maskable ? 'maskable' : 'any');
      const decoded = decodePng(await readFile(`public/icons/${icon.file}`));
      // The committed file is what the script draws now (regenerate: npx tsx scripts/offline-icons.ts).
      expect(decoded.width).toBe(icon.size);
      expect(
        Buffer.from(decoded.rgba).equals(Buffer.from(drawIcon(icon.size, icon.maskable))),
      ).toBe(true);
    }
  });
});

describe('the web app manifest', () => {
  it('installs the course from whatever folder serves it', async () => {
    const manifest = JSON.parse(await readFile('public/manifest.webmanifest', 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name: 'Tipos de despliegue',
      start_url: './',
      scope: './',
      display: 'standalone',
      lang: 'es',
    });
    // The light theme's page colour (src/ui/shell/global.css, --color-bg), as in index.html.
    const css = await readFile('src/ui/shell/global.css', 'utf8');
    expect(css).toContain(`--color-bg: light-dark(${String(manifest.background_color)}, `);
    const html = await readFile('index.html', 'utf8');
    expect(html).toContain(`content="${String(manifest.theme_color)}"`);
  });
});
