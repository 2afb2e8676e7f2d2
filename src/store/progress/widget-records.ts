import { problem, type Problem } from './problems.ts';
import { isProgressId, limits } from './limits.ts';
import { isPlainObject } from './sections.ts';
import type { ProgressV1 } from './schema.ts';

/**
 * What the learner did with a slide widget (src/lessons/widget-lesson.ts): the answer they gave
 * to its question before the run, whether the run bore it out, and whether they met its
 * challenge. Keyed by widget name, so a widget met on two slides is answered once.
 */
export interface WidgetRecord {
  /** An option's id, or a number in the question's unit. */
  guess: string | number;
  /** Whether the finished run bore the guess out. */
  right: boolean;
  /** Whether the challenge was met (once met, it stays met). */
  solved: boolean;
}

const WIDGET_FIELDS = ['guess', 'right', 'solved'];
const GUESS_CHARS = 64;

function isGuess(value: unknown): value is string | number {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length > 0 && value.length <= GUESS_CHARS;
}

/** A record with every field right, or null. */
function readWidgetRecord(value: unknown): WidgetRecord | null {
  if (!isPlainObject(value)) return null;
  if (Object.keys(value).some((key) => !WIDGET_FIELDS.includes(key))) return null;
  const { guess, right, solved } = value;
  if (!isGuess(guess) || typeof right !== 'boolean' || typeof solved !== 'boolean') return null;
  return { guess, right, solved };
}

/**
 * The `widgets` section. Like `settings.motion`, it came after the first release of version 1
 * and is optional (see readSettings in sections.ts for why that is not a version 2): absent, the
 * learner has answered nothing yet. A section of the wrong type or size is dropped with a problem
 * rather than refusing the document: it costs the answers, never the slides and quiz scores.
 */
export function readWidgets(value: unknown, problems: Problem[]): Record<string, WidgetRecord> {
  if (value === undefined) return {};
  if (!isPlainObject(value) || Object.keys(value).length > limits.widgets) {
    problems.push(problem('bad-widgets', 'widgets'));
    return {};
  }
  const kept: Record<string, WidgetRecord> = {};
  for (const [name, record] of Object.entries(value)) {
    const path = `widgets.${name}`;
    const checked = isProgressId(name) ? readWidgetRecord(record) : null;
    if (checked === null) problems.push(problem('bad-widget', path));
    else kept[name] = checked;
  }
  return kept;
}

function withRecord(doc: ProgressV1, name: string, record: WidgetRecord): ProgressV1 {
  if (!isProgressId(name)) return doc;
  const known = Object.hasOwn(doc.widgets, name);
  if (!known && Object.keys(doc.widgets).length >= limits.widgets) return doc;
  return { ...doc, widgets: { ...doc.widgets, [name]: record } };
}

/** The learner's answer to a widget's question and whether the run bore it out. */
export function withWidgetGuess(
  doc: ProgressV1,
  name: string,
  guess: string | number,
  right: boolean,
): ProgressV1 {
  if (!isGuess(guess)) return doc;
  const previous = Object.hasOwn(doc.widgets, name) ? doc.widgets[name] : undefined;
  if (previous?.guess === guess && previous.right === right) return doc;
  return withRecord(doc, name, { guess, right, solved: previous?.solved ?? false });
}

/** The widget's challenge met: kept for good, and only after an answer was given. */
export function withWidgetSolved(doc: ProgressV1, name: string): ProgressV1 {
  const previous = Object.hasOwn(doc.widgets, name) ? doc.widgets[name] : undefined;
  if (previous === undefined || previous.solved) return doc;
  return withRecord(doc, name, { ...previous, solved: true });
}
