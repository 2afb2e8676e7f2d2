import { describe, expect, it } from 'vitest';
import { fnv1a, hashText, normaliseText } from '../../../src/model/features/text-hash.ts';

const config = { buckets: 512, ngrams: [2, 3, 4] };

describe('hashed character n-grams', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normaliseText('¿Qué HORA es?')).toBe('que hora es');
    expect(hashText('¿Qué HORA es?', config)).toEqual(hashText('que hora es', config));
  });

  it('hashes with 32-bit FNV-1a (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('gives unit-length vectors, and a typo keeps the message close', () => {
    const a = hashText('quiero cancelar mi reserva', config);
    const b = hashText('quiero cancelra mi reserva', config);
    const c = hashText('what time does the gym open', config);
    const dot = (x: Float32Array, y: Float32Array) => x.reduce((s, v, i) => s + v * y[i], 0);
    expect(dot(a, a)).toBeCloseTo(1, 5);
    expect(dot(a, b)).toBeGreaterThan(0.8);
    expect(dot(a, c)).toBeLessThan(0.3);
  });
});
