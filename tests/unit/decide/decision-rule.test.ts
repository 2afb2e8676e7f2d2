import { describe, expect, it } from 'vitest';
import {
  BATCH_SHORTEST_WINDOW_S,
  STREAMING_SHORTEST_AGE_S,
  decide,
  type DecisionCase,
} from '../../../src/decide/decision-rule.ts';
import { PRESETS } from '../../../src/modes/presets.ts';
import { notApplicableReason } from '../../../src/modes/headline.ts';
import type { DeploymentMode } from '../../../src/modes/mode-names.ts';

const DAY_S = 86_400;

/** Cases none of which is in the deck, each with the mode practice would choose and why. */
const INVENTED: { name: string; case: DecisionCase; mode: DeploymentMode }[] = [
  {
    name: 'nightly credit-limit review of every customer',
    case: { known: true, maxAgeS: DAY_S, blocking: false, eventsPerS: 10 },
    mode: 'batch',
  },
  {
    name: 'weekly churn scores for the marketing team',
    case: { known: true, maxAgeS: 7 * DAY_S, blocking: false, eventsPerS: 1 },
    mode: 'batch',
  },
  {
    name: 'hourly demand forecast per store',
    case: { known: true, maxAgeS: 2 * 3600, blocking: false, eventsPerS: 5 },
    mode: 'batch',
  },
  {
    name: 'a credit offer, computed nightly, that a customer waits for on their account page',
    case: { known: true, maxAgeS: DAY_S, blocking: true, eventsPerS: 100 },
    mode: 'batch',
  },
  {
    name: 'search suggestions while the user types',
    case: { known: false, maxAgeS: 0.1, blocking: true, eventsPerS: 500 },
    mode: 'online',
  },
  {
    name: 'fraud check that holds a card authorisation',
    case: { known: false, maxAgeS: 0.3, blocking: true, eventsPerS: 2000 },
    mode: 'online',
  },
  {
    name: "a ride's price quoted when it is requested",
    case: { known: false, maxAgeS: 0.5, blocking: true, eventsPerS: 300 },
    mode: 'online',
  },
  {
    name: 'click-through prediction inside an ad auction',
    case: { known: false, maxAgeS: 0.05, blocking: true, eventsPerS: 10_000 },
    mode: 'online',
  },
  {
    name: "a game's matchmaking hint pushed within 200 ms, nobody blocked",
    case: { known: false, maxAgeS: 0.2, blocking: false, eventsPerS: 50 },
    mode: 'online',
  },
  {
    name: 'review of settled card transactions within two minutes',
    case: { known: false, maxAgeS: 120, blocking: false, eventsPerS: 1000 },
    mode: 'streaming',
  },
  {
    name: 'sensor anomaly alerts within 30 s',
    case: { known: false, maxAgeS: 30, blocking: false, eventsPerS: 5000 },
    mode: 'streaming',
  },
  {
    name: 'delivery times on a dashboard refreshed within 10 s',
    case: { known: false, maxAgeS: 10, blocking: false, eventsPerS: 50 },
    mode: 'streaming',
  },
  {
    name: "a portfolio's risk re-scored within a minute of each price tick",
    case: { known: true, maxAgeS: 60, blocking: false, eventsPerS: 800 },
    mode: 'streaming',
  },
];

describe('the decision rule', () => {
  it("recommends the deck's choice for each of its six examples", () => {
    for (const preset of Object.values(PRESETS)) {
      const shared = preset.shared;
      const decision = decide({
        known: shared.inputKnown.value === true,
        maxAgeS: Number(shared.targetS.value),
        blocking: shared.callerWaits.value === true,
        eventsPerS: Number(shared.arrivalRatePerS.value),
      });
      expect(decision.mode, preset.name).toBe(preset.home);
    }
  });

  it.each(INVENTED)('recommends $mode for $name', ({ case: c, mode }) => {
    expect(decide(c).mode).toBe(mode);
  });

  it('never recommends a mode the simulator finds unable to serve the case', () => {
    for (const { case: c } of INVENTED) {
      const facts = { targetS: c.maxAgeS, inputKnown: c.known, callerWaits: c.blocking };
      expect(notApplicableReason(decide(c).mode, facts)).toBeNull();
    }
  });

  it('asks in order: known in advance, then blocking, then age, stopping at the deciding one', () => {
    const batch = decide({ known: true, maxAgeS: DAY_S, blocking: true, eventsPerS: 1 });
    expect(batch.steps.map((s) => s.question)).toEqual(['known']);
    const online = decide({ known: false, maxAgeS: DAY_S, blocking: true, eventsPerS: 1 });
    expect(online.steps.map((s) => s.question)).toEqual(['known', 'blocking']);
    const streaming = decide({ known: false, maxAgeS: 5, blocking: false, eventsPerS: 1 });
    expect(streaming.steps.map((s) => s.question)).toEqual(['known', 'blocking', 'age']);
  });

  it('switches exactly at the window of a scheduled job and at the age a stream can meet', () => {
    const known = { known: true, blocking: false, eventsPerS: 1 };
    expect(decide({ ...known, maxAgeS: BATCH_SHORTEST_WINDOW_S }).mode).toBe('batch');
    expect(decide({ ...known, maxAgeS: BATCH_SHORTEST_WINDOW_S - 1 }).mode).toBe('streaming');
    const unknown = { known: false, blocking: false, eventsPerS: 1 };
    expect(decide({ ...unknown, maxAgeS: STREAMING_SHORTEST_AGE_S }).mode).toBe('streaming');
    expect(decide({ ...unknown, maxAgeS: STREAMING_SHORTEST_AGE_S * 0.99 }).mode).toBe('online');
  });

  it('names batch as also serving events that may wait hours, with nobody blocked', () => {
    const c = { known: false, maxAgeS: 6 * 3600, blocking: false, eventsPerS: 20 };
    expect(decide(c)).toMatchObject({ mode: 'streaming', alsoServes: 'batch' });
    expect(decide({ ...c, maxAgeS: 60 }).alsoServes).toBeNull();
  });
});
