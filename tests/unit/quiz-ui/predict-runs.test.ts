import { describe, expect, it } from 'vitest';
import { controlOf } from '../../../src/lab/controls.ts';
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
/**
 * The longest a learner should wait for a result. Measured on a 2-core machine: 0.02 to 2.6 s of
 * compute per question, while other test files ran; the bound leaves room for a slower device.
 */
const MAX_WAIT_MS = 10_000;

describe('predict-then-run questions in the lab engine', () => {
  it('exist', () => {
    expect(predicts().length).toBeGreaterThan(0);
  });

  it.each(predicts())('%s runs to the end and has its field', (_, q) => {
    // A flag the lab does not know would be dropped silently (engineFlags keeps only the lab's
    // controls): the quiz would then grade against a different run than the one it describes.
    for (const flag of Object.keys(q.run.set)) {
      const control = controlOf(q.run.mode, flag);
      expect(control, `--${flag} is a control of the ${q.run.mode} lab`).toBeDefined();
      expect(control?.kind === 'number' && control.displayDefault !== undefined).toBe(false);
    }
    const runner = new LabRunner(labStateOf(q.run));
    runner.command({ type: 'jumpToEnd' });
    const started = performance.now();
    let ticks = 0;
    while (runner.sessionState === 'running' && ticks < 100_000) {
      runner.tick(FRAME_MS, TICK_BUDGET_MS, () => performance.now());
      ticks++;
    }
    // The worker sleeps a frame between ticks: the learner waits for both.
    const waitMs = performance.now() - started + ticks * FRAME_MS;
    const snapshot = runner.snapshot();
    expect(snapshot.session).toBe('finished');
    expect(waitMs, 'the wait in the worker, ms').toBeLessThan(MAX_WAIT_MS);
    const value = simulatedValue(snapshot, q.field);
    expect(value).not.toBeNull();
    // Same seed and parameters, same figure as the command line (DESIGN.md: byte for byte).
    expect(value).toBe(readReportField(simulate(q.run.preset, q.run.mode, q.run.set), q.field));
  });
});
