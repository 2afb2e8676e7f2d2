import fc from 'fast-check';
import { expect, test } from 'vitest';
import { serialiseProgress } from '../../../src/store/progress/migrate.ts';
import { emptyProgress, validateProgress } from '../../../src/store/progress/schema.ts';
import { motionSettings } from '../../../src/store/progress/limits.ts';
import {
  withLocale,
  withMotion,
  withQuizAttempt,
  withSlideSeen,
  withTheme,
} from '../../../src/store/progress/updates.ts';

/** Ids the course uses, ids it could use, and ids an address bar could carry. */
const id = fc.oneof(
  fc.constantFrom('01-tipos-de-despliegue', '02-batch', 'final', 'constructor', '__proto__'),
  fc.string({ maxLength: 70 }),
);
const number = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.double());

const update = fc.oneof(
  fc.record({ kind: fc.constant('slide' as const), id, slide: number }),
  fc.record({ kind: fc.constant('quiz' as const), id, score: number, max: number }),
  fc.record({
    kind: fc.constant('theme' as const),
    theme: fc.constantFrom('light', 'dark', 'system'),
  }),
  fc.record({ kind: fc.constant('locale' as const), locale: fc.constantFrom('es', 'en', null) }),
  fc.record({ kind: fc.constant('motion' as const), motion: fc.constantFrom(...motionSettings) }),
);

test('whatever the updates, the document stays one that validation accepts unchanged', () => {
  const at = new Date('2025-05-05T05:05:05.005Z');
  fc.assert(
    fc.property(fc.array(update, { maxLength: 60 }), (updates) => {
      let doc = emptyProgress();
      for (const u of updates) {
        if (u.kind === 'slide') doc = withSlideSeen(doc, u.id, u.slide);
        else if (u.kind === 'quiz') doc = withQuizAttempt(doc, u.id, u.score, u.max, at);
        else if (u.kind === 'theme') doc = withTheme(doc, u.theme);
        else if (u.kind === 'motion') doc = withMotion(doc, u.motion);
        else doc = withLocale(doc, u.locale);
      }
      // Through JSON, as storage would see it: a store can always read back what it wrote.
      const reread = validateProgress(JSON.parse(serialiseProgress(doc)));
      expect(reread).toEqual({ ok: true, value: doc, problems: [] });
    }),
  );
});

test('a score of -0 is stored as 0, which is what JSON reads back (found by the property above)', () => {
  const doc = withQuizAttempt(emptyProgress(), '02-batch', -0, 1, new Date(0));
  expect(Object.is(doc.quizzes['02-batch'].best, 0)).toBe(true);
});

test('a lesson beyond the limit is not recorded, so the document never outgrows validation', () => {
  let doc = emptyProgress();
  for (let k = 0; k < 64; k++) doc = withSlideSeen(doc, `lesson-${k}`, 1);
  const full = doc;
  expect(withSlideSeen(full, 'one-too-many', 1)).toBe(full);
  // Known lessons still progress.
  expect(withSlideSeen(full, 'lesson-0', 2).slidesSeen['lesson-0']).toEqual([1, 2]);
});
