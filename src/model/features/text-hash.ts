/**
 * Text to a fixed-length vector by the hashing trick (Weinberger et al., "Feature hashing for
 * large scale multitask learning", ICML 2009): character n-grams of each word, hashed into a fixed
 * number of buckets. Nothing to store, no vocabulary to ship, the same vector in the browser as in
 * training, and robust to typos (a misspelt word keeps most of its n-grams) and to unseen words.
 */

export interface TextHashConfig {
  buckets: number;
  /** Character n-gram lengths taken from each word, padded with a boundary mark. */
  ngrams: readonly number[];
}

/** Lower case, accents and punctuation removed: "¿Qué HORA?" and "que hora" become the same. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** 32-bit FNV-1a (Fowler, Noll & Vo): a fast string hash with good spread for short keys. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Counts of hashed n-grams, damped by log(1 + count) and scaled to unit length, so long and
 * short messages weigh alike.
 */
export function hashText(text: string, config: TextHashConfig): Float32Array {
  const v = new Float32Array(config.buckets);
  for (const word of normaliseText(text).split(' ')) {
    if (word === '') continue;
    const padded = `<${word}>`;
    for (const n of config.ngrams) {
      for (let i = 0; i + n <= padded.length; i++) {
        v[fnv1a(padded.slice(i, i + n)) % config.buckets] += 1;
      }
    }
  }
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    v[i] = Math.log1p(v[i]);
    norm += v[i] * v[i];
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < v.length; i++) v[i] *= scale;
  }
  return v;
}
