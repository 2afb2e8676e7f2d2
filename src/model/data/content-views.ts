import { Rng } from '../../sim/rng.ts';
import { categorical, lognormal, normal, poisson, uniformInt } from './sampling.ts';

/**
 * Synthetic daily views per content item and region, for the `content-popularity` example
 * (a Spanish-language streaming or media site with five markets).
 *
 * views(item, region, day) = Poisson( base(item) x market(region) x affinity(item, region)
 *                                     x week(category, weekday) x life(item, day) x noise )
 * with effects a learner can reason about:
 * - weekly seasonality that depends on the category: news is read on weekdays, sport and kids'
 *   content watched at the weekend, series peak on Friday and Saturday;
 * - a life cycle: evergreen items drift slowly up or down; new releases spike and decay over a
 *   week or two (news within days); some items go viral, rising and falling over a few days;
 * - regional effects: market size, a taste per category (football in Argentina), a taste per item;
 * - day-to-day noise (lognormal, 12%) on top of Poisson counting noise.
 * Popularity spans orders of magnitude (lognormal bases), as view counts do. The numbers are
 * teaching assumptions, not measurements.
 */

export const CONTENT_CATEGORIES = ['news', 'sports', 'series', 'music', 'kids'] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export const REGIONS = ['es', 'mx', 'ar', 'co', 'us'] as const;
export type Region = (typeof REGIONS)[number];

/** Multipliers Monday..Sunday per category (each averages about 1). */
export const WEEKLY_PROFILE: Record<ContentCategory, readonly number[]> = {
  news: [1.15, 1.1, 1.1, 1.1, 1.05, 0.75, 0.75],
  sports: [0.8, 0.75, 0.9, 0.8, 0.85, 1.3, 1.6],
  series: [0.85, 0.85, 0.9, 0.95, 1.15, 1.2, 1.1],
  music: [0.95, 0.95, 0.95, 1, 1.1, 1.1, 0.95],
  kids: [0.85, 0.85, 0.9, 0.85, 0.9, 1.3, 1.35],
};
const CATEGORY_SHARES = [0.25, 0.2, 0.25, 0.15, 0.15];
const MARKET_SIZE: Record<Region, number> = { es: 1, mx: 1.6, ar: 0.7, co: 0.6, us: 0.9 };
const CATEGORY_TASTE: Record<Region, Partial<Record<ContentCategory, number>>> = {
  es: { news: 1.2 },
  mx: { kids: 1.25, music: 1.15 },
  ar: { sports: 1.5 },
  co: { music: 1.3 },
  us: { series: 1.2, news: 0.8 },
};

type Life =
  | { kind: 'evergreen'; slopePerDay: number }
  | { kind: 'release'; day: number; spike: number; decayDays: number }
  | { kind: 'viral'; peakDay: number; height: number; widthDays: number; slopePerDay: number };

export interface ContentItem {
  id: number;
  category: ContentCategory;
  /** First day with views; negative for items already in the catalogue. */
  releaseDay: number;
  life: Life;
}

export interface ContentPanel {
  items: ContentItem[];
  days: number;
  /** Day 0 is a Monday; views of item i, region r, day d at ((i * REGIONS.length + r) * days + d). */
  views: Float64Array;
}

/** Day 0 is a Monday, so weekday = day mod 7 (0 = Monday). */
export function weekday(day: number): number {
  return ((day % 7) + 7) % 7;
}

function lifeMultiplier(life: Life, day: number): number {
  switch (life.kind) {
    case 'evergreen':
      return Math.exp(life.slopePerDay * day);
    case 'release':
      return 1 + life.spike * Math.exp(-(day - life.day) / life.decayDays);
    case 'viral': {
      const z = (day - life.peakDay) / life.widthDays;
      return Math.exp(life.slopePerDay * day) * (1 + life.height * Math.exp(-0.5 * z * z));
    }
  }
}

function generateItem(id: number, days: number, rng: Rng): ContentItem {
  const category = categorical(rng, CONTENT_CATEGORIES, CATEGORY_SHARES);
  const u = rng.uniform();
  if (u < 0.35) {
    const day = uniformInt(rng, -20, days - 1);
    const decayDays = lognormal(rng, category === 'news' ? 2 : 6, 0.4);
    return {
      id,
      category,
      releaseDay: day,
      life: { kind: 'release', day, spike: 2 + 6 * rng.uniform(), decayDays },
    };
  }
  const slopePerDay = normal(rng, 0, 0.005);
  if (u < 0.5) {
    const life: Life = {
      kind: 'viral',
      peakDay: uniformInt(rng, 0, days - 1),
      height: 2 + 4 * rng.uniform(),
      widthDays: 1.5 + 2 * rng.uniform(),
      slopePerDay,
    };
    return { id, category, releaseDay: -1000, life };
  }
  return { id, category, releaseDay: -1000, life: { kind: 'evergreen', slopePerDay } };
}

/** A panel of `itemCount` items x 5 regions x `days` days, a pure function of `seed`. */
export function generateContentPanel(itemCount: number, days: number, seed: number): ContentPanel {
  const rng = Rng.stream(seed, 'content-views');
  const items: ContentItem[] = [];
  for (let i = 0; i < itemCount; i++) items.push(generateItem(i, days, rng));
  const views = new Float64Array(itemCount * REGIONS.length * days);
  for (const item of items) {
    const base = lognormal(rng, 300, 1);
    REGIONS.forEach((region, r) => {
      const affinity =
        MARKET_SIZE[region] * (CATEGORY_TASTE[region][item.category] ?? 1) * lognormal(rng, 1, 0.5);
      for (let d = 0; d < days; d++) {
        if (d < item.releaseDay) continue;
        const mean =
          base *
          affinity *
          WEEKLY_PROFILE[item.category][weekday(d)] *
          lifeMultiplier(item.life, d) *
          Math.exp(normal(rng, 0, 0.12));
        views[(item.id * REGIONS.length + r) * days + d] = poisson(rng, mean);
      }
    });
  }
  return { items, days, views };
}
