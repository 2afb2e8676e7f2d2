import { describe, expect, it } from 'vitest';
import { OnlineEventKind } from '../../../src/modes/online/simulation.ts';
import {
  COMPLETED_EVENT_KIND,
  completedRequestIds,
  OnlineAnswers,
  ONLINE_ANSWERS_KEPT,
} from '../../../src/lab/predictions/online-answers.ts';
import { workItem } from '../../../src/model/work-items/work-items.ts';
import { FakeScoring } from './fakes.ts';

const event = (id: number, kind: number) => ({ timeMs: id, kind, id, where: 0 });

describe('online answers', () => {
  it('reads the completed requests, newest first', () => {
    expect(COMPLETED_EVENT_KIND).toBe(OnlineEventKind.completed);
    const recent = [
      event(1, OnlineEventKind.completed),
      event(2, OnlineEventKind.arrived),
      event(3, OnlineEventKind.completed),
      event(4, OnlineEventKind.started),
      event(5, OnlineEventKind.completed),
    ];
    expect(completedRequestIds(recent)).toEqual([5, 3, 1]);
    expect(completedRequestIds(recent, 2)).toEqual([5, 3]);
  });

  it('answers each request with the online model’s prediction for its own record, in one call', async () => {
    const scoring = new FakeScoring();
    const answers = new OnlineAnswers({ preset: 'hotel-cancellations', seed: 12, scoring });
    expect(answers.model).toBe('hotel-cancellations-small');
    const first = await answers.answersFor([9, 4, 7]);
    expect(first.map((a) => a.index)).toEqual([9, 4, 7]);
    expect(first[1].features).toMatchObject({
      leadTimeDays: workItem('hotel-cancellations', 12, 4).record.leadTimeDays,
    });
    expect(scoring.calls).toEqual([
      {
        model: 'hotel-cancellations-small',
        preset: 'hotel-cancellations',
        seed: 12,
        selection: { indices: [9, 4, 7] },
      },
    ]);
    // Requests still on screen are not scored again; only the new one is.
    await answers.answersFor([11, 9, 4]);
    expect(scoring.calls[1].selection).toEqual({ indices: [11] });
    await answers.answersFor([11, 9]);
    expect(scoring.calls).toHaveLength(2);
  });

  it('serves overlapping asks one after another and forgets the oldest answers', async () => {
    const scoring = new FakeScoring();
    const answers = new OnlineAnswers({ preset: 'chatbot', seed: 13, scoring });
    const [a, b] = await Promise.all([answers.answersFor([1, 2]), answers.answersFor([2, 3])]);
    expect(a.map((x) => x.index)).toEqual([1, 2]);
    expect(b.map((x) => x.index)).toEqual([2, 3]);
    expect(scoring.calls.map((c) => c.selection)).toEqual([{ indices: [1, 2] }, { indices: [3] }]);
    expect(b[0].label).toEqual(expect.any(String));
    await answers.answersFor(Array.from({ length: ONLINE_ANSWERS_KEPT }, (_, i) => 100 + i));
    await answers.answersFor([1]);
    expect(scoring.calls.at(-1)?.selection).toEqual({ indices: [1] });
  });

  it('passes a failure on and keeps serving later asks', async () => {
    const scoring = new FakeScoring();
    const answers = new OnlineAnswers({ preset: 'chatbot', seed: 13, scoring });
    scoring.failWith = new Error('worker stopped');
    await expect(answers.answersFor([1])).rejects.toThrow('worker stopped');
    scoring.failWith = null;
    expect(await answers.answersFor([1])).toHaveLength(1);
  });
});
