import { isPresetName, PRESET_NAMES, type PresetName } from '../model/case-names.ts';
import { ContentError } from './content-error.ts';
import { DECK_SLIDES } from './deck.ts';
import { MarkdownError, parseBlocks, parseInline, plainText, type Block } from './markdown.ts';
import type { SlideText } from './types.ts';
import { isWidgetName, WIDGET_NAMES, type WidgetName } from './widget-spec.ts';

/**
 * One language's file of a lesson (`es.md`, `en.md`), as written:
 *
 *     # Lesson title
 *
 *     Optional summary paragraph(s).
 *     <!-- note: a note about the lesson, e.g. how it departs from the deck -->
 *
 *     <!-- slide: slide-id -->
 *     <!-- deck: 3 -->
 *     <!-- widget: mode-latency -->
 *     <!-- preset: fraud-detection -->
 *
 *     ## Slide title
 *
 *     Slide text (the Markdown subset of markdown.ts).
 *
 *     <!-- notes -->
 *
 *     Speaker notes for the presenter view.
 *
 * A slide starts at its `<!-- slide: id -->` line and runs to the next one. Its directives sit
 * between that line and its `## title`; `deck` is required, the others optional. Everything
 * after `<!-- notes -->` is speaker notes. lessons/README.md documents the format for authors.
 */
export interface SlideDirectives {
  deckSlides: readonly number[];
  widget: WidgetName | null;
  preset: PresetName | null;
}

export interface ParsedSlide extends SlideDirectives {
  id: string;
  /** 1-based line of the `<!-- slide: id -->` marker. */
  line: number;
  text: SlideText;
  hasNotes: boolean;
}

export interface ParsedLessonText {
  title: string;
  summary: readonly Block[];
  notes: readonly string[];
  slides: readonly ParsedSlide[];
}

const COMMENT = /^<!--\s*([a-z][a-z-]*)\s*(?::\s*(.*?))?\s*-->$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DIRECTIVES = ['deck', 'widget', 'preset'] as const;
type DirectiveName = (typeof DIRECTIVES)[number];

interface Comment {
  key: string;
  value: string | null;
}

function comment(line: string): Comment | null {
  const m = COMMENT.exec(line.trim());
  return m === null ? null : { key: m[1], value: m[2] ?? null };
}

export function parseLessonText(source: string, file: string): ParsedLessonText {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (comment(line)?.key === 'slide') starts.push(i);
  });
  if (starts.length === 0)
    throw new ContentError(file, 'no slides: each slide starts with a line <!-- slide: id -->');

  const header = parseHeader(lines.slice(0, starts[0]), file);
  const slides = starts.map((start, k) =>
    parseSlide(lines, start, k + 1 < starts.length ? starts[k + 1] : lines.length, file),
  );
  const seen = new Set<string>();
  for (const slide of slides) {
    if (seen.has(slide.id))
      throw new ContentError(file, 'this slide id is used twice in the file', {
        line: slide.line,
        slide: slide.id,
      });
    seen.add(slide.id);
  }
  return { ...header, slides };
}

function parseHeader(
  lines: readonly string[],
  file: string,
): { title: string; summary: Block[]; notes: string[] } {
  const first = lines.findIndex((l) => l.trim() !== '');
  const heading = first === -1 ? null : /^#\s+(.+?)\s*#*\s*$/.exec(lines[first]);
  if (heading === null || lines[first].startsWith('##'))
    throw new ContentError(file, 'the file must start with the lesson title as "# Title"', {
      line: first === -1 ? 1 : first + 1,
    });
  const notes: string[] = [];
  const summary: string[] = [];
  for (let i = first + 1; i < lines.length; i++) {
    const c = comment(lines[i]);
    if (c === null) {
      summary.push(lines[i]);
      continue;
    }
    if (c.key !== 'note' || c.value === null || c.value === '')
      throw new ContentError(
        file,
        `before the first slide only "<!-- note: text -->" comments are allowed, found "${lines[i].trim()}"`,
        { line: i + 1 },
      );
    notes.push(c.value);
    summary.push('');
  }
  return {
    title: inlineTitle(heading[1], file, { line: first + 1 }),
    summary: blocks(summary, first + 1, file, {}),
    notes,
  };
}

function parseSlide(
  lines: readonly string[],
  start: number,
  end: number,
  file: string,
): ParsedSlide {
  const id = comment(lines[start])?.value ?? '';
  const at = { line: start + 1, slide: id };
  if (!SLUG.test(id))
    throw new ContentError(
      file,
      `a slide id is lowercase words joined by hyphens, e.g. "batch-que-es", got "${id}"`,
      at,
    );

  const found = new Map<DirectiveName, { value: string; line: number }>();
  let i = start + 1;
  for (; i < end; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const c = comment(line);
    if (c === null) break;
    if (!(DIRECTIVES as readonly string[]).includes(c.key))
      throw new ContentError(
        file,
        `unknown directive <!-- ${c.key} -->; a slide's directives are ${DIRECTIVES.join(', ')}`,
        { line: i + 1, slide: id, field: c.key },
      );
    const name = c.key as DirectiveName;
    if (found.has(name))
      throw new ContentError(file, 'this directive is given twice', {
        line: i + 1,
        slide: id,
        field: name,
      });
    if (c.value === null || c.value === '')
      throw new ContentError(file, `write it as <!-- ${name}: value -->`, {
        line: i + 1,
        slide: id,
        field: name,
      });
    found.set(name, { value: c.value, line: i + 1 });
  }

  const title = i < end ? /^##\s+(.+?)\s*#*\s*$/.exec(lines[i]) : null;
  if (title === null || lines[i].startsWith('###'))
    throw new ContentError(file, 'after its directives, a slide needs its title as "## Title"', {
      line: Math.min(i, lines.length - 1) + 1,
      slide: id,
      field: 'title',
    });
  const titleLine = i;

  let notesAt = -1;
  for (let j = titleLine + 1; j < end; j++) {
    const c = comment(lines[j]);
    if (c === null) continue;
    if (c.key === 'notes' && c.value === null && notesAt === -1) {
      notesAt = j;
      continue;
    }
    throw new ContentError(
      file,
      c.key === 'notes'
        ? 'a slide has at most one <!-- notes --> line'
        : `<!-- ${c.key} --> is not allowed in slide text: directives go between <!-- slide --> and the title`,
      { line: j + 1, slide: id, field: c.key },
    );
  }
  const bodyEnd = notesAt === -1 ? end : notesAt;
  const body = blocks(lines.slice(titleLine + 1, bodyEnd), titleLine + 1, file, { slide: id });
  const notes =
    notesAt === -1 ? [] : blocks(lines.slice(notesAt + 1, end), notesAt + 1, file, { slide: id });
  if (notesAt !== -1 && notes.length === 0)
    throw new ContentError(file, '<!-- notes --> is followed by no notes', {
      line: notesAt + 1,
      slide: id,
      field: 'notes',
    });

  return {
    id,
    line: start + 1,
    ...directives(found, file, id),
    text: { title: inlineTitle(title[1], file, { line: titleLine + 1, slide: id }), body, notes },
    hasNotes: notesAt !== -1,
  };
}

function directives(
  found: ReadonlyMap<DirectiveName, { value: string; line: number }>,
  file: string,
  slide: string,
): SlideDirectives {
  const deck = found.get('deck');
  if (deck === undefined)
    throw new ContentError(
      file,
      'every slide names the deck slide(s) it covers, e.g. <!-- deck: 3 --> or <!-- deck: 4, 5 -->',
      { slide, field: 'deck' },
    );
  const deckSlides = parseDeckList(deck.value, file, { line: deck.line, slide, field: 'deck' });

  const widget = found.get('widget');
  if (widget !== undefined && !isWidgetName(widget.value))
    throw new ContentError(
      file,
      `unknown widget "${widget.value}"; the widgets are ${WIDGET_NAMES.join(', ')}`,
      { line: widget.line, slide, field: 'widget' },
    );
  const preset = found.get('preset');
  if (preset !== undefined && !isPresetName(preset.value))
    throw new ContentError(
      file,
      `unknown preset "${preset.value}"; the presets are ${PRESET_NAMES.join(', ')}`,
      { line: preset.line, slide, field: 'preset' },
    );
  return {
    deckSlides,
    widget: widget === undefined ? null : (widget.value as WidgetName),
    preset: preset === undefined ? null : (preset.value as PresetName),
  };
}

function parseDeckList(
  value: string,
  file: string,
  at: { line: number; slide: string; field: string },
): number[] {
  const numbers = value.split(',').map((part) => part.trim());
  const result: number[] = [];
  for (const text of numbers) {
    const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(n) || n < 1 || n > DECK_SLIDES.length)
      throw new ContentError(
        file,
        `"${text}" is not a deck slide number (1 to ${DECK_SLIDES.length})`,
        at,
      );
    if (result.length > 0 && n <= result[result.length - 1])
      throw new ContentError(file, `deck slides are listed once each, ascending: "${value}"`, at);
    result.push(n);
  }
  return result;
}

function blocks(
  lines: readonly string[],
  offset: number,
  file: string,
  at: { slide?: string },
): Block[] {
  try {
    return parseBlocks(lines);
  } catch (error) {
    if (error instanceof MarkdownError)
      throw new ContentError(file, error.message, { ...at, line: offset + error.line + 1 });
    throw error;
  }
}

/** A title is plain text: marks such as _online_ are allowed in the file and dropped. */
function inlineTitle(text: string, file: string, at: { line: number; slide?: string }): string {
  try {
    return plainText(parseInline(text));
  } catch (error) {
    if (error instanceof MarkdownError)
      throw new ContentError(file, error.message, { ...at, field: 'title' });
    throw error;
  }
}
