/**
 * Taking a chart or a run's numbers out of the page: a standalone SVG file (its colours, which
 * come from the page's CSS custom properties and theme, written into the file so it renders the
 * same anywhere), a PNG drawn from that SVG (no network: a data URL into an Image into a canvas),
 * a CSV of a series, and a report as JSON.
 *
 * The SVG serializer walks a minimal node shape instead of using XMLSerializer, so it runs, and is
 * tested, under plain Node with a fake element.
 */
import type { SeriesData } from '../../sim/stats/series.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The styles that decide how an SVG element looks outside the page's stylesheet. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** What the serializer reads of a DOM node: satisfied by a real Element or Text, or a test fake. */
export interface NodeLike {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes?: ArrayLike<NodeLike>;
}

export interface StyleLike {
  getPropertyValue(name: string): string;
}

export interface SerializeOptions {
  /** Computed style of an element, to write into the file; none leaves the attributes as they are. */
  styleOf?: (node: NodeLike) => StyleLike | null;
  width?: number;
  height?: number;
  /** A background painted under the chart, so a dark-theme export is not text on transparency. */
  background?: string | null;
}

const ELEMENT = 1;
const TEXT = 3;

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** Attributes that belong to the page (scripting, scoping, accessibility handled by <title>). */
function keepAttribute(name: string): boolean {
  return !(
    name === 'style' ||
    name === 'class' ||
    name === 'tabindex' ||
    name === 'role' ||
    name.startsWith('on') ||
    name.startsWith('aria-') ||
    name.startsWith('data-') ||
    name === 'xmlns' ||
    name === 'width' ||
    name === 'height'
  );
}

function styleText(style: StyleLike): string {
  const color = style.getPropertyValue('color').trim();
  const parts: string[] = [];
  for (const property of INLINED_PROPERTIES) {
    let value = style.getPropertyValue(property).trim();
    if (!value) continue;
    // `currentColor` would resolve against whatever embeds the file; write the colour itself.
    if (value.toLowerCase() === 'currentcolor' && color) value = color;
    parts.push(`${property}:${value}`);
  }
  return parts.join(';');
}

function attributesOf(node: NodeLike, root: boolean, options: SerializeOptions): string {
  let out = '';
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i++) {
    const { name, value } = attributes[i];
    const keepSize = !root && (name === 'width' || name === 'height');
    if (keepSize || keepAttribute(name)) out += ` ${name}="${escapeXml(value)}"`;
  }
  const style = options.styleOf?.(node);
  if (style) {
    const text = styleText(style);
    if (text) out += ` style="${escapeXml(text)}"`;
  }
  return out;
}

function isHidden(node: NodeLike, options: SerializeOptions): boolean {
  return options.styleOf?.(node)?.getPropertyValue('display').trim() === 'none';
}

function attribute(node: NodeLike, name: string): string | null {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i++)
    if (attributes[i].name === name) return attributes[i].value;
  return null;
}

/** The size an SVG is drawn at: given, else its viewBox, else its width and height attributes. */
export function svgSize(node: NodeLike, options: SerializeOptions = {}): [number, number] {
  const box = (attribute(node, 'viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const fromBox = box.length === 4 && box.every(Number.isFinite);
  const width = options.width ?? (fromBox ? box[2] : Number(attribute(node, 'width')) || 300);
  const height = options.height ?? (fromBox ? box[3] : Number(attribute(node, 'height')) || 150);
  return [width, height];
}

function serializeNode(node: NodeLike, options: SerializeOptions, out: string[]): void {
  if (node.nodeType === TEXT) {
    out.push(escapeXml(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== ELEMENT || !node.localName || isHidden(node, options)) return;
  const name = node.localName;
  const children = node.childNodes ?? [];
  out.push(`<${name}${attributesOf(node, false, options)}`);
  if (children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (let i = 0; i < children.length; i++) serializeNode(children[i], options, out);
  out.push(`</${name}>`);
}

/** A standalone SVG document for `root` (an <svg> element or a fake of one). */
export function serializeSvg(root: NodeLike, options: SerializeOptions = {}): string {
  const [width, height] = svgSize(root, options);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  out.push(
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}"${attributesOf(root, true, options)}>`,
  );
  const label = attribute(root, 'aria-label');
  if (label) out.push(`<title>${escapeXml(label)}</title>`);
  if (options.background)
    out.push(
      `<rect x="0" y="0" width="100%" height="100%" style="fill:${escapeXml(options.background)}"/>`,
    );
  const children = root.childNodes ?? [];
  for (let i = 0; i < children.length; i++) serializeNode(children[i], options, out);
  out.push('</svg>\n');
  return out.join('');
}

/** The page's surface colour behind `svg`: the nearest ancestor background that is not transparent. */
function backgroundOf(svg: Element): string | null {
  for (let el: Element | null = svg; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return null;
}

/** The chart as it looks on the page, as a standalone SVG file's text. */
export function svgToString(svg: SVGSVGElement): string {
  const inPage = typeof getComputedStyle === 'function' && 'parentElement' in svg;
  return serializeSvg(svg, {
    styleOf: inPage ? (node) => getComputedStyle(node as unknown as Element) : undefined,
    background: inPage ? backgroundOf(svg) : null,
  });
}

/** The chart as a PNG, `scale` times its size (2 by default, for sharp text on slides). */
export function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = svgToString(svg);
  const [width, height] = svgSize(svg as unknown as NodeLike);
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('2d canvas unavailable'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('SVG could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180, section 2). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The key that selects the series' time column (bucket start, ms) in `seriesToCsv`. */
export const TIME_COLUMN = 'tMs';

/**
 * A series as CSV: a header row (put the unit in each header), then one row per point, CRLF line
 * ends (RFC 4180). Column key TIME_COLUMN is the bucket start time in ms, any other key a series in
 * `data.values`. Missing data (NaN, null, a series shorter than the time axis) is an empty field.
 * Numbers are written in full precision with a decimal point, for spreadsheets and scripts.
 */
export function seriesToCsv(
  data: SeriesData,
  columns: ReadonlyArray<{ key: string; header: string }>,
): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  const sources = columns.map((c) => (c.key === TIME_COLUMN ? data.tMs : data.values[c.key]));
  for (let i = 0; i < data.tMs.length; i++) {
    lines.push(
      sources
        .map((values) => {
          const v = values?.[i] as number | null | undefined;
          return v === null || v === undefined || !Number.isFinite(v) ? '' : String(v);
        })
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * A report as indented JSON. NaN and infinities (an empty histogram's quantiles, an unstable
 * queue's wait) become null, as JSON has no such numbers; typed arrays become plain arrays.
 */
export function reportToJson(report: unknown): string {
  return (
    JSON.stringify(
      report,
      (_key, value: unknown) => {
        if (typeof value === 'number' && !Number.isFinite(value)) return null;
        if (ArrayBuffer.isView(value) && !(value instanceof DataView))
          return Array.from(value as unknown as ArrayLike<number>);
        return value;
      },
      2,
    ) + '\n'
  );
}

/** Saves `blob` as a file named `filename` through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a chart title: lower case ASCII letters, digits and hyphens. */
export function fileNameFor(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'chart';
}
