import { describe, expect, it } from 'vitest';
import {
  csvField,
  escapeXml,
  fileNameFor,
  reportToJson,
  serializeSvg,
  seriesToCsv,
  svgSize,
  svgToString,
  TIME_COLUMN,
  type NodeLike,
} from '../../../src/ui/charts/export.ts';

/** A minimal stand-in for a DOM element: what the serializer reads, nothing more. */
function el(
  localName: string,
  attrs: Record<string, string> = {},
  children: NodeLike[] = [],
): NodeLike {
  return {
    nodeType: 1,
    localName,
    attributes: Object.entries(attrs).map(([name, value]) => ({ name, value })),
    childNodes: children,
  };
}
const txt = (value: string): NodeLike => ({ nodeType: 3, nodeValue: value });

/**
 * Node has no XML parser: a tokenizer that accepts only a well-formed sequence of elements
 * (attributes double-quoted, escaped) and escaped text, with every tag closed in order.
 */
function wellFormed(xml: string): boolean {
  const out = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const escaped = String.raw`(?:[^"<&]|&(?:amp|lt|gt|quot|apos);)*`;
  const token = new RegExp(
    String.raw`<([a-zA-Z][\w-]*)((?:\s+[a-zA-Z][\w:-]*="` +
      escaped +
      String.raw`")*)\s*(/?)>|</([a-zA-Z][\w-]*)>|((?:[^<&]|&(?:amp|lt|gt|quot|apos);)+)`,
    'y',
  );
  const stack: string[] = [];
  let at = 0;
  while (at < out.length) {
    token.lastIndex = at;
    const m = token.exec(out);
    if (!m) return false;
    if (m[1] && !m[3]) stack.push(m[1]);
    if (m[4] && stack.pop() !== m[4]) return false;
    at = token.lastIndex;
  }
  return stack.length === 0;
}

const chart = el(
  'svg',
  {
    viewBox: '0 0 320 200',
    role: 'img',
    'aria-label': 'Queue <length> & "more"',
    class: 'svelte-x',
  },
  [
    el('path', { d: 'M0,0L10,10', class: 'line svelte-x', style: 'stroke: var(--chart-1)' }),
    el('text', { x: '5', y: '6' }, [txt('1 < 2 & 3')]),
    el('g', { 'aria-hidden': 'true' }, [el('rect', { width: '4', height: '5' })]),
  ],
);

describe('SVG export', () => {
  it('writes a standalone document: namespace, size, title from the accessible name', () => {
    const out = serializeSvg(chart);
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(out).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"');
    expect(out).toContain('viewBox="0 0 320 200"');
    expect(out).toContain('<title>Queue &lt;length&gt; &amp; &quot;more&quot;</title>');
    expect(out).toContain('<text x="5" y="6">1 &lt; 2 &amp; 3</text>');
    // A rect's own width and height are kept (only the root's are replaced).
    expect(out).toContain('<rect width="4" height="5"/>');
    // Page-only attributes are gone: classes, ARIA, role, and styles that need the page's CSS.
    expect(out).not.toMatch(/class=|aria-|role=|var\(/);
    expect(out.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('inlines computed styles, resolving currentColor, and skips hidden elements', () => {
    const styles = new Map<NodeLike, Record<string, string>>();
    const path = (chart.childNodes as NodeLike[])[0];
    const group = (chart.childNodes as NodeLike[])[2];
    styles.set(path, { stroke: 'rgb(11, 92, 173)', fill: 'none', 'stroke-width': '2px' });
    styles.set((chart.childNodes as NodeLike[])[1], {
      fill: 'currentcolor',
      color: 'rgb(1, 2, 3)',
    });
    styles.set(group, { display: 'none' });
    const out = serializeSvg(chart, {
      styleOf: (node) => ({ getPropertyValue: (name) => styles.get(node)?.[name] ?? '' }),
      background: 'rgb(255, 255, 255)',
    });
    expect(out).toContain(
      '<path d="M0,0L10,10" style="fill:none;stroke:rgb(11, 92, 173);stroke-width:2px"/>',
    );
    expect(out).toContain('style="fill:rgb(1, 2, 3)"');
    expect(out).not.toContain('<g');
    expect(out).toContain(
      '<rect x="0" y="0" width="100%" height="100%" style="fill:rgb(255, 255, 255)"/>',
    );
  });

  it('works on a fake element outside the browser (svgToString)', () => {
    const out = svgToString(chart as unknown as SVGSVGElement);
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(out).toContain('width="320" height="200"');
  });

  it('is well-formed XML: tags balanced, attributes quoted, text and values escaped', () => {
    expect(wellFormed(serializeSvg(chart))).toBe(true);
    // The check itself can fail.
    expect(wellFormed('<svg><text>1 < 2</text></svg>')).toBe(false);
    expect(wellFormed('<svg><g></svg>')).toBe(false);
    expect(wellFormed('<svg a="x & y"/>')).toBe(false);
  });

  it('takes the size from the viewBox, else the attributes, else a default', () => {
    expect(svgSize(el('svg', { viewBox: '0,0,640,480' }))).toEqual([640, 480]);
    expect(svgSize(el('svg', { width: '100', height: '50' }))).toEqual([100, 50]);
    expect(svgSize(el('svg'))).toEqual([300, 150]);
    expect(svgSize(el('svg', { viewBox: '0 0 10 10' }), { width: 20 })).toEqual([20, 10]);
  });

  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('CSV export', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('writes a header with units, one row per point, empty cells for missing data', () => {
    const csv = seriesToCsv(
      {
        tMs: [0, 500, 1000],
        values: { queue: [1.5, Number.NaN, 3], busy: [null as unknown as number, 2, 2] },
      },
      [
        { key: TIME_COLUMN, header: 'Tiempo (ms)' },
        { key: 'queue', header: 'Cola, media (peticiones)' },
        { key: 'busy', header: 'Réplicas "ocupadas"' },
        { key: 'missing', header: 'x' },
      ],
    );
    expect(csv).toBe(
      'Tiempo (ms),"Cola, media (peticiones)","Réplicas ""ocupadas""",x\r\n' +
        '0,1.5,,\r\n' +
        '500,,2,\r\n' +
        '1000,3,2,\r\n',
    );
  });

  it('writes only the header for an empty series', () => {
    expect(seriesToCsv({ tMs: [], values: {} }, [{ key: TIME_COLUMN, header: 't' }])).toBe('t\r\n');
  });
});

describe('JSON export and file names', () => {
  it('writes NaN and infinities as null and typed arrays as arrays', () => {
    const json = reportToJson({
      p99: Number.NaN,
      wait: Number.POSITIVE_INFINITY,
      counts: new Float64Array([1, 2]),
      name: 'x',
    });
    expect(JSON.parse(json)).toEqual({ p99: null, wait: null, counts: [1, 2], name: 'x' });
    expect(json.endsWith('\n')).toBe(true);
  });

  it('makes a file name from a title in any language', () => {
    expect(fileNameFor('Latencia de las peticiones (ms)')).toBe('latencia-de-las-peticiones-ms');
    expect(fileNameFor('Réplicas: versión 2')).toBe('replicas-version-2');
    expect(fileNameFor('???')).toBe('chart');
  });
});
