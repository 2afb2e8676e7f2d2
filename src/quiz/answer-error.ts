import type { LocalizedText } from '../lessons/localized.ts';

export type AnswerErrorCode =
  | 'wrong-type'
  | 'empty'
  | 'unknown-option'
  | 'repeated-option'
  | 'unknown-item'
  | 'missing-item'
  | 'unknown-category'
  | 'not-a-number'
  | 'no-simulated-value';

/**
 * An answer that cannot be graded (nothing chosen, a prediction that is not a number, ...).
 * It is rejected rather than scored as wrong, so a slip does not cost the learner a point:
 * `text` says what to fix in each language; `message` is the English text for logs and tests.
 */
export class AnswerError extends Error {
  override name = 'AnswerError';

  constructor(
    readonly code: AnswerErrorCode,
    readonly text: LocalizedText,
  ) {
    super(text.en);
  }
}
