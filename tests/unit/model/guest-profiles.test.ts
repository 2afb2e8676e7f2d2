import { describe, expect, it } from 'vitest';
import { ACTIVITIES, generateGuestProfiles } from '../../../src/model/data/guest-profiles.ts';

describe('guest profiles', () => {
  it('is a pure function of the seed', () => {
    expect(generateGuestProfiles(500, 1)).toEqual(generateGuestProfiles(500, 1));
    expect(generateGuestProfiles(500, 1)).not.toEqual(generateGuestProfiles(500, 2));
  });

  it('books every activity, none above 35% (a recommender has something to learn)', () => {
    const rows = generateGuestProfiles(20_000, 3);
    for (const activity of ACTIVITIES) {
      const share = rows.filter((g) => g.chosen === activity).length / rows.length;
      expect(share).toBeGreaterThan(0.04);
      expect(share).toBeLessThan(0.35);
    }
  });

  it('sends only families to the kids club, and a stay day within the stay', () => {
    const invalid = generateGuestProfiles(20_000, 4).filter(
      (g) =>
        (g.chosen === 'kids-club' && g.children === 0) || g.dayOfStay < 1 || g.dayOfStay > g.nights,
    );
    expect(invalid).toEqual([]);
  });
});
