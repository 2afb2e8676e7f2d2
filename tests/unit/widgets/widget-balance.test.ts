import { describe, expect, it } from 'vitest';
import {
  BALANCE_HYSTERESIS_PX,
  claimUnderPicture,
  heightWith,
} from '../../../src/ui/widgets/widget-balance.ts';

// Heights measured at 1280x800 on two widgets of the course (rounded): a tall figure of three
// modes (infrastructure-cost) and a short strip with a long outcome (streaming-trigger).
const tallPicture = { picture: 541, outcome: 275, challenge: 172, knobs: 217, claim: 90 };
const longOutcome = { picture: 210, outcome: 392, challenge: 172, knobs: 188, claim: 98 };

describe('where a revealed widget puts its claim', () => {
  it('adds the claim to the column it is in and takes the taller column', () => {
    expect(heightWith(tallPicture, true)).toBe(541 + 172 + 90);
    expect(heightWith(tallPicture, false)).toBe(Math.max(541 + 172, 275 + 217 + 90));
  });

  it('puts it under the outcome when the picture is the taller column', () => {
    expect(claimUnderPicture(tallPicture, true)).toBe(false);
    expect(claimUnderPicture(tallPicture, false)).toBe(false);
  });

  it('puts it under the picture when the outcome is the taller column', () => {
    expect(claimUnderPicture(longOutcome, false)).toBe(true);
    expect(claimUnderPicture(longOutcome, true)).toBe(true);
  });

  it('stays where it is unless moving saves more than the hysteresis', () => {
    // Moving the claim under the picture saves exactly the hysteresis: it stays.
    const even = { picture: 300, outcome: 300, challenge: 100, knobs: 100, claim: 100 };
    const nearlyEven = { ...even, picture: 300 - BALANCE_HYSTERESIS_PX };
    expect(heightWith(nearlyEven, false) - heightWith(nearlyEven, true)).toBe(
      BALANCE_HYSTERESIS_PX,
    );
    expect(claimUnderPicture(nearlyEven, false)).toBe(false);
    expect(claimUnderPicture({ ...nearlyEven, picture: nearlyEven.picture - 1 }, false)).toBe(true);
  });
});
