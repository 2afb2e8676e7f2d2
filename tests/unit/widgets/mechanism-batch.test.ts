import { describe, expect, it } from 'vitest';
import { mechanismMessages, type BatchFacts } from '../../../src/i18n/mechanism-messages.ts';
import {
  MAX_ESTIMATED_PROGRESS,
  ageMarks,
  ageScaleMs,
  batchState,
  batchWindow,
  scheduleInterval,
} from '../../../src/ui/widgets/mechanism/batch-state.ts';
import {
  TABLE_ROWS,
  batchStripLayout,
  tableFill,
  tableRowLines,
} from '../../../src/ui/widgets/mechanism/batch-layout.ts';
import { batchView, run } from './mechanism-fixtures.ts';

const MIN = 60_000;
const I = 10 * MIN;

describe('scheduleInterval', () => {
  it('reads the interval from two consecutive ticks, the newest pair first (a retune)', () => {
    expect(scheduleInterval([run(0, 0, 'succeeded')])).toBeNull();
    expect(scheduleInterval([run(0, 0, 'succeeded'), run(1, I, 'skipped')])).toBe(I);
    const retuned = [
      run(0, 0, 'succeeded'),
      run(1, I, 'succeeded'),
      run(2, I + 5 * MIN, 'running'),
    ];
    expect(scheduleInterval(retuned)).toBe(5 * MIN);
  });

  it('ignores a gap in the ids (runs the log no longer holds)', () => {
    expect(scheduleInterval([run(0, 0, 'succeeded'), run(5, 7 * I, 'running')])).toBeNull();
  });
});

describe('batchState', () => {
  const endMs = 100 * I;

  it('sees the run in progress, its progress from the mean run, and the predictions aging', () => {
    const view = batchView({
      runs: [run(0, 0, 'succeeded', { endMs: 4 * MIN }), run(1, I, 'running', { rows: 5000 })],
      scheduler: 'running',
    });
    const state = batchState(view, 4 * MIN, I + 2 * MIN, endMs);
    expect(state.intervalMs).toBe(I);
    expect(state.nextRunMs).toBe(2 * I);
    expect(state.current?.run.runId).toBe(1);
    expect(state.current?.progress).toBeCloseTo(0.5);
    expect(state.published?.run.runId).toBe(0);
    // Aged from the run's start: the data it read is that old.
    expect(state.published?.ageMs).toBe(I + 2 * MIN);
    expect(state.lastFailed).toBe(false);
  });

  it('has no progress before any run has ended, and stops short of the end with one', () => {
    const view = batchView({ runs: [run(0, 0, 'running')], scheduler: 'running' });
    expect(batchState(view, Number.NaN, MIN, endMs).current?.progress).toBeNull();
    expect(batchState(view, 0, MIN, endMs).current?.progress).toBeNull();
    expect(batchState(view, MIN, 5 * MIN, endMs).current?.progress).toBe(MAX_ESTIMATED_PROGRESS);
    expect(batchState(view, MIN, 5 * MIN, endMs).nextRunMs).toBeNull();
  });

  it('keeps the older predictions and says so when the newest run failed', () => {
    const view = batchView({
      runs: [
        run(0, 0, 'succeeded', { endMs: 3 * MIN }),
        run(1, I, 'failed', { endMs: I + 3 * MIN }),
      ],
      scheduler: 'idle',
    });
    const state = batchState(view, 3 * MIN, I + 5 * MIN, endMs);
    expect(state.published?.run.runId).toBe(0);
    expect(state.lastFailed).toBe(true);
    expect(state.current).toBeNull();
  });

  it('counts runs at once and queued ticks, and has no next run once the schedule ends', () => {
    const view = batchView({
      runs: [run(0, 0, 'running'), run(1, I, 'running'), run(2, 2 * I, 'queued')],
      scheduler: 'paused',
    });
    const state = batchState(view, 5 * I, 2 * I + MIN, endMs);
    expect(state.running).toBe(2);
    expect(state.queued).toBe(1);
    expect(state.current?.run.runId).toBe(1);
    expect(state.scheduleEnded).toBe(true);
    expect(state.nextRunMs).toBeNull();
    expect(state.published).toBeNull();
  });

  it('steps the next run past now when the snapshot does not hold the latest tick yet', () => {
    const view = batchView({ runs: [run(0, 0, 'succeeded'), run(1, I, 'succeeded')] });
    expect(batchState(view, MIN, 2 * I + 1, endMs).nextRunMs).toBe(3 * I);
  });
});

describe('batchWindow and the age bar', () => {
  it('shows three intervals back and one ahead, from 0 until then', () => {
    expect(batchWindow(I, I, 100 * I)).toEqual({ startMs: 0, endMs: 4 * I });
    expect(batchWindow(10 * I, I, 100 * I)).toEqual({ startMs: 7 * I, endMs: 11 * I });
    expect(batchWindow(5, null, 100)).toEqual({ startMs: 0, endMs: 100 });
  });

  it('scales the age bar to two intervals, longer for older predictions', () => {
    expect(ageScaleMs(0, I)).toBe(2 * I);
    expect(ageScaleMs(4 * I, I)).toBe(5 * I);
    expect(ageScaleMs(0, null)).toBe(1);
  });

  it('marks on the age bar the age the predictions will have when the next run starts', () => {
    const view = batchView({ runs: [run(0, 0, 'succeeded', { endMs: MIN })] });
    const withInterval = batchView({
      runs: [...view.runs, run(1, I, 'succeeded', { endMs: I + MIN })],
    });
    const state = batchState(withInterval, MIN, I + 2 * MIN, 100 * I);
    const marks = ageMarks(state);
    expect(marks?.now).toBeCloseTo((2 * MIN) / (2 * I));
    expect(marks?.next).toBeCloseTo(0.5);
    expect(ageMarks(batchState(batchView({ runs: [] }), MIN, 0, I))).toBeNull();
  });
});

describe('the table glyph', () => {
  const layout = batchStripLayout(480, 42);

  it('puts the table, the arrow and the store left to right, inside the strip', () => {
    expect(layout.arrow.x1).toBeGreaterThan(layout.table.x + layout.table.w);
    expect(layout.arrow.x2).toBeLessThan(layout.store.x);
    expect(layout.store.x + layout.store.w).toBeLessThanOrEqual(480);
    expect(layout.table.y + layout.table.h).toBeLessThanOrEqual(42);
    const narrow = batchStripLayout(320, 42);
    expect(narrow.store.x + narrow.store.w).toBeLessThanOrEqual(320);
  });

  it('fills whole rows from the top, then part of the next, with the sweep at the edge', () => {
    const table = { x: 0, y: 0, w: 60, h: TABLE_ROWS * 5 };
    const half = tableFill(0.5 + 0.5 / TABLE_ROWS, table);
    expect(half.fullHeight).toBeCloseTo((TABLE_ROWS / 2) * 5);
    expect(half.partial?.w).toBeCloseTo(30);
    expect(half.sweep.x).toBeCloseTo(30);
    expect(tableFill(0, table).partial).toBeNull();
    const full = tableFill(1.2, table);
    expect(full.fullHeight).toBe(table.h);
    expect(full.partial).toBeNull();
    expect(tableRowLines(table).match(/M/g)).toHaveLength(TABLE_ROWS - 1);
  });
});

describe('the spoken summary', () => {
  const facts: BatchFacts = {
    runId: 5,
    rows: 1234,
    progress: 0.4,
    running: 1,
    queued: 0,
    age: '12 min',
    lastFailed: false,
    next: { in: '3 min', at: '2 h 30 min' },
    scheduleEnded: false,
  };

  it('says the run, the age of the stored predictions and the next run', () => {
    expect(mechanismMessages.en.batch.summary('2 hr 27 min', facts)).toBe(
      'Simulated time: 2 hr 27 min. Run 5 is scoring 1,234 rows, about 40% done. The stored predictions are 12 min old. Next run in 3 min (t = 2 h 30 min).',
    );
    expect(mechanismMessages.es.batch.summary('2 h 27 min', facts)).toBe(
      'Tiempo simulado: 2 h 27 min. La ejecución 5 calcula 1234 filas y lleva cerca del 40\u00a0%. Las predicciones del almacén tienen 12 min de antigüedad. Próxima ejecución en 3 min (t = 2 h 30 min).',
    );
  });

  it('says when nothing runs, nothing is stored, the last run failed, or the schedule ended', () => {
    const idle = { ...facts, runId: null, age: null, lastFailed: true, scheduleEnded: true };
    expect(mechanismMessages.en.batch.summary('3 d', idle)).toBe(
      'Simulated time: 3 d. No run in progress. No predictions in the store yet. The last run failed: the store keeps the older predictions. The schedule has ended.',
    );
  });
});
