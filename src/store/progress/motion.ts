import type { MotionSetting } from './limits.ts';

/** The operating system's wish for less motion (https://drafts.csswg.org/mediaqueries-5/#prefers-reduced-motion). */
export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** The learner's setting decides; 'system' leaves it to the operating system's. */
export function reducesMotion(setting: MotionSetting, systemReduces: boolean): boolean {
  return setting === 'system' ? systemReduces : setting === 'reduce';
}

/**
 * Shows the effective choice through `<html data-motion="reduce|full">`, which global.css reads to
 * stop transitions, animations and smooth scrolling. Unlike `data-theme`, the attribute always holds
 * the outcome, not the setting: CSS alone cannot combine an attribute with a media query in one rule
 * (it would take the rule twice), and this way the stylesheet and the request animation
 * (src/ui/shell/reduced-motion.svelte.ts) read one answer and cannot disagree.
 */
export function applyMotionToDocument(doc: Document, reduced: boolean): void {
  doc.documentElement.setAttribute('data-motion', reduced ? 'reduce' : 'full');
}
