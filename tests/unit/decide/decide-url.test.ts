import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE,
  formatDecideQuery,
  readDecideQuery,
} from '../../../src/decide/decide-url.ts';

describe("the assistant's address", () => {
  it('reads the four answers of a shared link', () => {
    expect(readDecideQuery('known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200')).toEqual({
      decisionCase: { known: false, maxAgeS: 0.3, blocking: true, eventsPerS: 200 },
      problems: [],
    });
  });

  it('gives back the same case from the address it writes', () => {
    const c = { known: true, maxAgeS: 86_400, blocking: false, eventsPerS: 0.25 };
    expect(readDecideQuery(formatDecideQuery(c)).decisionCase).toEqual(c);
  });

  it('starts from the default case with no query, and reports nothing', () => {
    expect(readDecideQuery('')).toEqual({ decisionCase: DEFAULT_CASE, problems: [] });
  });

  it('keeps the default of each bad or missing field and names it', () => {
    const read = readDecideQuery('known=maybe&maxAgeS=-3&eventsPerS=lots');
    expect(read.decisionCase).toEqual(DEFAULT_CASE);
    expect(read.problems).toEqual([
      { field: 'known', kind: 'not-yes-no', given: 'maybe' },
      { field: 'maxAgeS', kind: 'out-of-range', given: '-3' },
      { field: 'blocking', kind: 'missing' },
      { field: 'eventsPerS', kind: 'not-a-number', given: 'lots' },
    ]);
  });

  it('uses the good fields of a query with a bad one', () => {
    const read = readDecideQuery('known=yes&maxAgeS=1e99&blocking=no&eventsPerS=5');
    expect(read.decisionCase).toEqual({ ...DEFAULT_CASE, known: true, eventsPerS: 5 });
    expect(read.problems).toEqual([{ field: 'maxAgeS', kind: 'out-of-range', given: '1e99' }]);
  });

  it('echoes at most 24 characters of what was given', () => {
    const read = readDecideQuery(`known=${'x'.repeat(500)}`);
    expect(read.problems[0]).toMatchObject({ given: 'x'.repeat(24) });
  });
});
