import { describe, expect, it } from 'vitest';
import { chartMessages } from '../../../src/i18n/chart-messages.ts';

/** Every leaf of a messages object, as "path" -> value, to compare the two languages' shapes. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const [p, l] of leaves(v, `${path}.${k}`)) out.set(p, l);
  else out.set(path, value);
  return out;
}

describe('chart messages', () => {
  it('have the same keys in Spanish and English, none empty', () => {
    const es = leaves(chartMessages.es);
    const en = leaves(chartMessages.en);
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of [...es, ...en]) {
      if (typeof value === 'string') expect(value.length, key).toBeGreaterThan(0);
    }
  });

  it('format numbers the way each language writes them', () => {
    expect(chartMessages.es.number(1.25)).toBe('1,25');
    expect(chartMessages.en.number(1.25)).toBe('1.25');
    expect(chartMessages.en.integer(12345)).toBe('12,345');
    expect(chartMessages.en.number(12345.6)).toBe('12,346');
    expect(chartMessages.es.number(0.000123)).toBe('0,000123');
  });

  it('put a unit after every quantity', () => {
    const en = chartMessages.en;
    expect(en.duration(850)).toBe('850 ms');
    expect(en.duration(2500)).toBe('2.5 s');
    expect(en.duration(90 * 60_000)).toBe('1.5 h');
    expect(en.duration(3 * 86_400_000)).toBe('3 d');
    expect(en.time(1.5, 'min')).toBe('1.5 min');
    expect(en.withUnit(12, 'requests')).toBe('12 requests');
    expect(chartMessages.es.replicas.requests(1)).toBe('1 petición');
    expect(chartMessages.es.replicas.requests(12)).toBe('12 peticiones');
    expect(chartMessages.es.partitions.records(0)).toBe('0 registros');
  });
});
