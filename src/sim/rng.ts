/**
 * Seeded pseudo-random numbers for one simulation run.
 *
 * Generator: sfc32, Chris Doty-Humphrey's "Small Fast Counting" generator from PractRand
 * (passes PractRand to 2^40+ bytes and BigCrush). It needs only 32-bit integer operations, which
 * V8 compiles to plain machine instructions, so it is among the fastest good generators in
 * JavaScript. Seeds are expanded with splitmix32 so that nearby seeds give unrelated streams.
 *
 * A run derives named sub-streams from its one seed (`Rng.stream(seed, 'arrivals')`): the
 * arrival times then do not change when only the service distribution changes (common random
 * numbers), which makes runs that differ in one knob directly comparable.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    let s = (Math.trunc(seed) ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
    const next = () => {
      // splitmix32 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014).
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() | 1;
    // Discard the first outputs, as the generator's author recommends, to mix the state fully.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** A sub-stream of `seed` named by a string: the same name always gives the same stream. */
  static stream(seed: number, name: string): Rng {
    let h = 0x811c9dc5; // FNV-1a, enough to turn a short name into a stream number.
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return new Rng(seed, h >>> 0);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on the open interval (0, 1): never 0, so `Math.log(u)` is always finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
  }

  /** An independent copy with the same state: it will produce the same numbers from here on. */
  clone(): Rng {
    const copy = Object.create(Rng.prototype) as Rng;
    copy.a = this.a;
    copy.b = this.b;
    copy.c = this.c;
    copy.d = this.d;
    return copy;
  }
}
