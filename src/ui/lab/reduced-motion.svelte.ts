/**
 * Whether the learner asked for reduced motion (the operating system's setting), kept current:
 * with it, the request animation gives way to numbers.
 */
const query = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
let reduce = $state(query?.matches ?? false);
query?.addEventListener('change', (event) => (reduce = event.matches));

export const motion = {
  get reduced(): boolean {
    return reduce;
  },
};
