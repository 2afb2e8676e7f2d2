import { prefersReducedMotion } from 'svelte/motion';
import { reducesMotion } from '../../store/progress/motion.ts';
import { progress } from '../../store/progress/progress.svelte.ts';

/**
 * Whether the interface should hold still, kept current: the learner's motion setting (settings
 * page), else the operating system's prefers-reduced-motion. With it, the request animation gives
 * way to numbers. Reactive through both sources: the progress store's $state and Svelte's
 * MediaQuery (https://svelte.dev/docs/svelte/svelte-motion#prefersReducedMotion).
 */
export const motion = {
  get reduced(): boolean {
    return reducesMotion(progress.motion, prefersReducedMotion.current);
  },
};
