/** Where in the course's content a problem is: always the file, then as much as is known. */
export interface ContentLocation {
  /** 1-based line in a Markdown file. */
  line?: number;
  slide?: string;
  question?: string;
  /** The directive or JSON field at fault, e.g. "widget" or "options[2].feedback.en". */
  field?: string;
}

/**
 * A mistake in a lesson file. The message names the file, then the line, slide, question and
 * field as far as they are known, then what is wrong, so an author can go straight to it:
 * `lessons/02-batch/es.md:41, slide "batch-recursos", field "widget": unknown widget "foo" ...`.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    readonly file: string,
    readonly problem: string,
    readonly location: ContentLocation = {},
  ) {
    super(formatContentError(file, problem, location));
  }
}

function formatContentError(file: string, problem: string, at: ContentLocation): string {
  const parts = [at.line === undefined ? file : `${file}:${at.line}`];
  if (at.slide !== undefined) parts.push(`slide "${at.slide}"`);
  if (at.question !== undefined) parts.push(`question "${at.question}"`);
  if (at.field !== undefined) parts.push(`field "${at.field}"`);
  return `${parts.join(', ')}: ${problem}`;
}
