import { describe, expect, it } from 'vitest';
import { LabRunner } from '../../../src/worker/lab-runner.ts';
import { defaultRunState, withValue } from '../../../src/modes/run-state.ts';

/** A clock that moves 0.001 ms per read: ticks never run out of budget. */
function generousClock() {
  let t = 0;
  return () => (t += 0.001);
}

describe('lab runner', () => {
  it('advances simulated time by wall time x speed while running, and not otherwise', () => {
    const runner = new LabRunner(defaultRunState('online'));
    expect(runner.tick(50, 12, generousClock())).toBe(false);
    expect(runner.snapshot().nowMs).toBe(0);
    runner.command({ type: 'speed', speed: 10 });
    runner.command({ type: 'play' });
    runner.tick(50, 12, generousClock());
    expect(runner.snapshot().nowMs).toBeCloseTo(500, 6);
    runner.command({ type: 'pause' });
    runner.tick(50, 12, generousClock());
    expect(runner.snapshot().nowMs).toBeCloseTo(500, 6);
    expect(runner.sessionState).toBe('paused');
  });

  it('clamps the speed to 0.1x..100 000x (speed-limits.ts) and a tick to 100 ms of wall time', () => {
    const runner = new LabRunner(defaultRunState('streaming'));
    runner.command({ type: 'speed', speed: 5000 });
    expect(runner.snapshot().speed).toBe(5000);
    runner.command({ type: 'speed', speed: 1e7 });
    expect(runner.snapshot().speed).toBe(100_000);
    runner.command({ type: 'speed', speed: 0 });
    expect(runner.snapshot().speed).toBe(0.1);
    runner.command({ type: 'speed', speed: 1 });
    runner.command({ type: 'play' });
    runner.tick(10_000, 12, generousClock());
    expect(runner.snapshot().nowMs).toBeCloseTo(100, 6);
  });

  it('stops a tick when its compute budget is spent, so commands stay responsive', () => {
    const runner = new LabRunner(defaultRunState('online'));
    runner.command({ type: 'speed', speed: 1000 });
    runner.command({ type: 'play' });
    let reads = 0;
    let t = 0;
    // Every clock read costs 5 ms: a 12 ms budget allows at most three reads' worth of slices.
    runner.tick(100, 12, () => {
      reads++;
      return (t += 5);
    });
    expect(reads).toBeLessThan(12);
    expect(runner.snapshot().nowMs).toBeLessThan(100_000);
    expect(runner.snapshot().nowMs).toBeGreaterThan(0);
  });

  it('steps one event at a time and stays paused', () => {
    const runner = new LabRunner(defaultRunState('batch'));
    runner.command({ type: 'step' });
    expect(runner.sessionState).toBe('paused');
    const before = runner.snapshot();
    runner.command({ type: 'step' });
    const after = runner.snapshot();
    if (before.mode !== 'batch' || after.mode !== 'batch') throw new Error('batch expected');
    expect(after.batch.report.engine.events).toBe(before.batch.report.engine.events + 1);
  });

  it('jumps to the end over several ticks, then reports finished; reset returns to zero', () => {
    const runner = new LabRunner(defaultRunState('streaming'));
    runner.command({ type: 'jumpToEnd' });
    let ticks = 0;
    while (runner.sessionState === 'running' && ticks < 10_000) {
      runner.tick(33, 12, generousClock());
      ticks++;
    }
    const end = runner.snapshot();
    expect(end.session).toBe('finished');
    expect(end.nowMs).toBe(end.endMs);
    runner.command({ type: 'play' });
    expect(runner.sessionState).toBe('finished');
    runner.command({ type: 'reset' });
    expect(runner.sessionState).toBe('idle');
    expect(runner.snapshot().nowMs).toBe(0);
  });

  it('gives the same snapshot figures for the same state and seed', () => {
    const run = () => {
      const runner = new LabRunner(defaultRunState('online'));
      runner.command({ type: 'speed', speed: 100 });
      runner.command({ type: 'play' });
      for (let i = 0; i < 5; i++) runner.tick(40, 12, generousClock());
      const s = runner.snapshot();
      return s.mode === 'online' ? s.online.report : null;
    };
    expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
  });

  it('compare keeps the three engines on one clock', () => {
    const runner = new LabRunner(defaultRunState('compare'));
    runner.command({ type: 'speed', speed: 1000 });
    runner.command({ type: 'play' });
    runner.tick(50, 12, generousClock());
    const s = runner.snapshot();
    if (s.mode !== 'compare') throw new Error('compare expected');
    expect(s.nowMs).toBeCloseTo(50_000, 6);
    expect(s.compare.online.report.counts.arrived).toBeGreaterThan(0);
    expect(Object.keys(s.compare.summary)).toEqual(['batch', 'online', 'streaming']);
  });
});

describe('the online view', () => {
  it('gives the requests waiting at the moment, a whole number that balances the counts', () => {
    let state = defaultRunState('online', 'hotel-activities');
    // One replica of 10 ms against 300 requests a second: the queue grows.
    for (const [flag, value] of [
      ['servers', 1],
      ['service', 'deterministic:10'],
      ['arrivalRatePerS', 300],
      ['networkRttMs', 0],
    ] as const)
      state = withValue(state, flag, value);
    const runner = new LabRunner(state);
    runner.command({ type: 'speed', speed: 100 });
    runner.command({ type: 'play' });
    runner.tick(20, 12, generousClock());
    const s = runner.snapshot();
    if (s.mode !== 'online') throw new Error('online expected');
    const { queued, report } = s.online;
    expect(Number.isInteger(queued)).toBe(true);
    expect(queued).toBeGreaterThan(100);
    // In the system: those waiting and the one being served.
    expect(report.counts.inFlight).toBe(queued + 1);
  });
});
