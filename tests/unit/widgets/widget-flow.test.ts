import { describe, expect, it } from 'vitest';
import {
  parseTypedNumber,
  readGuess,
  runMatches,
  finishedReports,
  verdictOf,
} from '../../../src/ui/widgets/widget-flow.ts';
import { WIDGETS } from '../../../src/lessons/widgets.ts';
import type { WidgetLesson, WidgetReports } from '../../../src/lessons/widget-lesson.ts';
import { reportNumber } from '../../../src/lessons/widget-lesson.ts';

describe('reading a typed number', () => {
  it.each([
    ['2,5', ',', 2.5],
    ['2.5', ',', 2.5],
    ['2.5', '.', 2.5],
    ['1.000', ',', 1000],
    ['1.000', '.', 1],
    ['1,000', '.', 1000],
    ['1,000', ',', 1],
    ['1.234,5', ',', 1234.5],
    ['1,234.5', ',', 1234.5],
    [' 12 000 ', '.', 12000],
    ['-3', '.', -3],
    ['14', ',', 14],
  ] as const)('%s with decimal mark %s is %d', (text, mark, value) => {
    expect(parseTypedNumber(text, mark)).toBe(value);
  });

  it.each(['', 'abc', '1e3', '1,2,3.4.5', '.', '12h', '1..2'])('%j is not a number', (text) => {
    expect(parseTypedNumber(text, ',')).toBeNull();
  });

  it('refuses a guess outside the question range and says why', () => {
    const range = { min: 0, max: 100 };
    expect(readGuess('  ', range, ',')).toEqual({ ok: false, reason: 'empty' });
    expect(readGuess('x', range, ',')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(readGuess('101', range, ',')).toEqual({ ok: false, reason: 'out-of-range' });
    expect(readGuess('99,5', range, ',')).toEqual({ ok: true, value: 99.5 });
  });
});

describe('finished runs', () => {
  const spec = WIDGETS['network-dependence'];
  const run = (rtt: number, finished = true) => ({
    mode: 'online' as const,
    finished,
    report: { latencyMs: { p99: 40 + rtt } },
    values: { networkRttMs: rtt },
  });

  it('are the current setting only when the values they were set with say so', () => {
    expect(runMatches(spec, 'online', { networkRttMs: 100 }, { networkRttMs: 100 })).toBe(true);
    expect(runMatches(spec, 'online', { networkRttMs: 100 }, { networkRttMs: 120 })).toBe(false);
    expect(runMatches(spec, 'online', {}, { networkRttMs: 120 })).toBe(false);
  });

  it("carry the run's values as params, which a live report lacks, so a lesson can read them", () => {
    const reports = finishedReports(spec, [run(60)], { networkRttMs: 60 });
    expect(reports).not.toBeNull();
    expect(reportNumber(reports ?? {}, 'online', 'params.networkRttMs')).toBe(60);
    // A report that has its own params (the CLI's) keeps them.
    const cli = { ...run(60), report: { params: { networkRttMs: 61 } } };
    expect(
      reportNumber(
        finishedReports(spec, [cli], { networkRttMs: 60 }) ?? {},
        'online',
        'params.networkRttMs',
      ),
    ).toBe(61);
  });

  it('give reports only once every run has finished at the current knobs', () => {
    const controls = { networkRttMs: 100 };
    expect(finishedReports(spec, [run(100)], controls)).toEqual({
      online: { ...run(100).report, params: { networkRttMs: 100 } },
    });
    expect(finishedReports(spec, [run(100, false)], controls)).toBeNull();
    expect(finishedReports(spec, [run(0)], controls)).toBeNull();
  });
});

describe('a verdict', () => {
  const numberLesson = {
    predict: {
      kind: 'number',
      question: { es: '', en: '' },
      unit: 'ms',
      range: { min: 0, max: 1000 },
      measure: (r) => reportNumber(r, 'online', 'latencyMs.p99'),
      within: 1.5,
    },
  } as WidgetLesson;
  const reports = { online: { latencyMs: { p99: 100 } } };

  it('counts a number within the factor as right, from the run', () => {
    expect(verdictOf(numberLesson, reports, 140)).toEqual({
      kind: 'number',
      measured: 100,
      right: true,
    });
    expect(verdictOf(numberLesson, reports, 67)).toEqual({
      kind: 'number',
      measured: 100,
      right: true,
    });
    expect(verdictOf(numberLesson, reports, 160).right).toBe(false);
    expect(verdictOf(numberLesson, reports, 'x').right).toBe(false);
  });

  it('takes the choice the run bears out', () => {
    const choiceLesson = {
      predict: {
        kind: 'choice',
        question: { es: '', en: '' },
        options: [],
        answer: (r: WidgetReports) =>
          reportNumber(r, 'online', 'latencyMs.p99') > 50 ? 'slow' : 'fast',
      },
    } as unknown as WidgetLesson;
    expect(verdictOf(choiceLesson, reports, 'slow')).toEqual({
      kind: 'choice',
      answer: 'slow',
      right: true,
    });
    expect(verdictOf(choiceLesson, reports, 'fast').right).toBe(false);
  });
});
