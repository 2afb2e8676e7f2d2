/**
 * Where a revealed widget puts its claim so the two columns end as close together as they can:
 * under the picture (before the challenge) or under the outcome (before the knobs). Either place
 * keeps the reading order (the claim comes after the outcome); only the height differs, and a
 * slide must fit a laptop screen (issue 14: at most 1,100 px at 1280x800).
 */

/** Heights in CSS pixels of a revealed widget's blocks, none of them counting the claim. */
export interface BlockHeights {
  /** The mechanism strip and the figure (left column, top). */
  picture: number;
  /** The playback, the answer and the outcome with its why (right column, top). */
  outcome: number;
  /** The thing to try and the challenge (left column, under the picture). */
  challenge: number;
  /** The knobs and the links to the labs (right column, under the outcome). */
  knobs: number;
  /** The claim itself. */
  claim: number;
}

/** A move must save more than this: a line of text. */
export const BALANCE_HYSTERESIS_PX = 8;

/**
 * The most times a widget moves its claim. The claim wraps differently in the two columns (they
 * differ in width), and the blocks settle over a few frames after the reveal, so each decision is
 * taken on the heights of the moment; a budget makes sure the claim comes to rest, whatever the
 * heights do.
 */
export const MAX_CLAIM_MOVES = 4;

/** The widget's height with the claim under the picture (true) or under the outcome (false). */
export function heightWith(h: BlockHeights, underPicture: boolean): number {
  const left = h.picture + h.challenge + (underPicture ? h.claim : 0);
  const right = h.outcome + h.knobs + (underPicture ? 0 : h.claim);
  return Math.max(left, right);
}

/** Whether the claim goes under the picture, given where it is now. */
export function claimUnderPicture(h: BlockHeights, now: boolean): boolean {
  const stay = heightWith(h, now);
  const move = heightWith(h, !now);
  return move + BALANCE_HYSTERESIS_PX < stay ? !now : now;
}
