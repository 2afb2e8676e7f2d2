import type { Rng } from '../../sim/rng.ts';
import { bernoulli, pick } from './sampling.ts';
import type { Language } from './chat-templates.ts';

/**
 * The mess of real chat input, added to template text: greetings and fillers around the request,
 * dropped accents, shouting, emojis, and typos (a swapped, dropped, doubled or neighbouring key,
 * the four single-edit errors of Damerau, 1964, which cover most misspellings).
 */

const PREFIXES: Record<Language, readonly string[]> = {
  es: ['hola, ', 'buenas, ', 'oye, ', 'perdona, ', 'una pregunta: ', 'buenos días, '],
  en: ['hi, ', 'hello, ', 'hey, ', 'excuse me, ', 'quick question: ', 'good morning, '],
};
const SUFFIXES: Record<Language, readonly string[]> = {
  es: [' por favor', ' gracias', '!!', ' 🙏', ' :)', '...', ' porfa'],
  en: [' please', ' thanks', '!!', ' 🙏', ' :)', '...', ' pls'],
};
// Neighbouring keys on a QWERTY keyboard (the Spanish layout shares the letter rows).
const NEIGHBOURS: Record<string, string> = {
  a: 'qsz',
  b: 'vgn',
  c: 'xdv',
  d: 'sfe',
  e: 'wrd',
  f: 'dgr',
  g: 'fht',
  h: 'gjy',
  i: 'uok',
  j: 'hku',
  k: 'jli',
  l: 'kño',
  m: 'nj',
  n: 'bmh',
  o: 'ipl',
  p: 'oñ',
  q: 'wa',
  r: 'etf',
  s: 'adw',
  t: 'ryg',
  u: 'yij',
  v: 'cfb',
  w: 'qes',
  x: 'zsc',
  y: 'tuh',
  z: 'xa',
};

function typo(word: string, rng: Rng): string {
  const i = Math.floor(rng.uniform() * (word.length - 1));
  const kind = rng.uniform();
  if (kind < 0.25) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind < 0.5) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.75) return word.slice(0, i) + word[i] + word.slice(i);
  const near = NEIGHBOURS[word[i]];
  return near ? word.slice(0, i) + pick(rng, [...near]) + word.slice(i + 1) : word;
}

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** `text` as a hurried person might type it. */
export function addChatNoise(text: string, language: Language, rng: Rng): string {
  let out = text
    .split(' ')
    .map((w) => (w.length >= 4 && bernoulli(rng, 0.07) ? typo(w, rng) : w))
    .join(' ');
  if (bernoulli(rng, 0.25)) out = pick(rng, PREFIXES[language]) + out;
  if (bernoulli(rng, 0.3)) out += pick(rng, SUFFIXES[language]);
  if (bernoulli(rng, 0.4)) out = stripAccents(out).replace(/[¿¡]/g, '');
  const casing = rng.uniform();
  if (casing < 0.08) out = out.toUpperCase();
  else if (casing < 0.5) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}
