import { describe, expect, it } from 'vitest';
import { specOfFlag } from '../../../src/modes/params/table.ts';
import { modeById } from '../../../src/modes/registry.ts';
import { LabRunner } from '../../../src/worker/lab-runner.ts';
import { readReportField } from '../../../src/quiz/report-field.ts';
import { labStateOf, simulatedValue } from '../../../src/ui/quiz/predict-run.ts';
import { course } from '../../content/course-files.ts';
import { simulate } from '../../content/simulate.ts';

/**
 * Every predict-then-run question of every quiz, run the way the quiz page runs it: the lab's
 * runner (the engine worker's core) jumping to the end, as the worker's pacing loop would, and
 * the figure read from the finished snapshot by the page's own code.
 */
const predicts = () =>
  [...course().lessons.map((l) => l.quiz), course().finalQuiz].flatMap((quiz) =>
    quiz.questions.flatMap((q) =>
      q.type === 'predict' ? [[`${quiz.id}/${q.id}`, q] as const] : [],
    ),
  );

/** The worker's pacing loop (src/worker/lab-worker.ts): a 12 ms budget per tick, a tick a frame. */
const TICK_BUDGET_MS = 12;
const FRAME_MS = 1000 / 30;

/** A clock that moves 0.01 ms per read: deterministic, whatever the machine is doing. */
function countingClock() {
  let t = 0;
  return () => (t += 0.01);
}

describe('predict-then-run questions in the lab engine', () => {
  it('exist', () => {
    expect(predicts().length).toBeGreaterThan(0);
  });

  it.each(predicts())('%s runs to the end and has its field', (_, q) => {
    // A flag the lab's mode does not know would be refused: the quiz must describe its own run.
    for (const flag of Object.keys(q.run.set)) {
      const spec = specOfFlag(modeById(q.run.mode).params, flag);
      expect(spec?.url, `--${flag} is a lab parameter of ${q.run.mode}`).toBe(true);
    }
    const runner = new LabRunner(labStateOf(q.run));
    runner.command({ type: 'jumpToEnd' });
    const clock = countingClock();
    let ticks = 0;
    while (runner.sessionState === 'running' && ticks < 100_000) {
      runner.tick(FRAME_MS, TICK_BUDGET_MS, clock);
      ticks++;
    }
    const snapshot = runner.snapshot();
    expect(snapshot.session).toBe('finished');
    const value = simulatedValue(snapshot, q.field);
    expect(value).not.toBeNull();
    // Same seed and parameters, same figure as the command line (DESIGN.md: byte for byte).
    expect(value).toBe(readReportField(simulate(q.run.preset, q.run.mode, q.run.set), q.field));
  });
});
