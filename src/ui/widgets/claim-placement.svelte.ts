import { untrack } from 'svelte';
import { MAX_CLAIM_MOVES, claimUnderPicture } from './widget-balance.ts';

/**
 * Where a revealed widget shows its claim: the measured heights of its blocks (bound with
 * bind:clientHeight, the claim counted in whichever block holds it) and the decision of
 * widget-balance.ts, re-taken while they settle. Create it while a component initialises: it
 * runs an effect.
 */
export class ClaimPlacement {
  picture = $state(0);
  /** The outcome's column top block, with the claim when it is there. */
  outcome = $state(0);
  /** The block under the picture, with the claim when it is there. */
  guided = $state(0);
  knobs = $state(0);
  claim = $state(0);
  underPicture = $state(true);
  #moves = 0;

  constructor(revealed: () => boolean) {
    $effect(() => {
      if (!revealed() || this.claim === 0 || this.#moves >= MAX_CLAIM_MOVES) return;
      const left = untrack(() => this.underPicture);
      const under = claimUnderPicture(
        {
          picture: this.picture,
          outcome: this.outcome - (left ? 0 : this.claim),
          challenge: this.guided - (left ? this.claim : 0),
          knobs: this.knobs,
          claim: this.claim,
        },
        left,
      );
      if (under === left) return;
      this.#moves += 1;
      this.underPicture = under;
    });
  }
}
