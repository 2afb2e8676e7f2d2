import type { Headline } from '../headline.ts';

/** How a mode's fleet was chosen in compare. */
export interface FleetChoice {
  /** The parameter sized: workers, servers, maxReplicas or consumers. */
  key: string;
  value: number;
  /**
   * set: the learner set it; sized: the fewest that meet the target; none-meets: no fleet up to
   * the largest tried meets it (the case's own fleet is shown); no-target: the case has no
   * target to size for; not-applicable: the mode cannot serve the case.
   */
  chosen: 'set' | 'sized' | 'none-meets' | 'no-target' | 'not-applicable';
  /** Fleet sizes simulated while sizing, in order. */
  tried: number[];
}

/**
 * The smallest fleet in [1, max] whose run meets the target. Meeting a latency or freshness
 * target only gets easier with more machines, so the search is monotone: one machine first (the
 * usual answer for a small model), then the largest (if even that misses, none does), then
 * halving the gap between them. `run` simulates one size; each size is simulated at most once.
 */
export function smallestMeeting(
  run: (n: number) => Headline,
  max: number,
): { n: number; headline: Headline; tried: number[] } | { n: null; tried: number[] } {
  const results = new Map<number, Headline>();
  const tried: number[] = [];
  const meets = (n: number): boolean => {
    let h = results.get(n);
    if (h === undefined) {
      h = run(n);
      results.set(n, h);
      tried.push(n);
    }
    return h.meetsTarget === true;
  };
  if (!meets(1)) {
    if (max === 1 || !meets(max)) return { n: null, tried };
    let low = 1;
    let high = max;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (meets(mid)) high = mid;
      else low = mid;
    }
    return { n: high, headline: results.get(high) as Headline, tried };
  }
  return { n: 1, headline: results.get(1) as Headline, tried };
}
