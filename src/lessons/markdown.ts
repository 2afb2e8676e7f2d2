/**
 * The small Markdown subset that slide text is written in, parsed into plain data so that the UI
 * renders it with elements (never as HTML) and an unsupported construct is an error, not a
 * surprise on screen.
 *
 * Blocks: paragraphs (consecutive lines, joined) and lists (`- item` or `1. item`, one level,
 * continuation lines indented). Inline: `**strong**`, `_emphasis_` (or `*emphasis*`),
 * `` `code` `` and links inside the course, `[text](#/decide)`; a backslash escapes the next
 * punctuation mark. Headings, block quotes, code fences, HTML, nested lists and links that leave
 * the course (the app makes no request outside its own site) are rejected.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'code'; text: string }
  /** A link to a page of the course: `href` is one of its hash addresses (`#/decide?...`). */
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'paragraph'; inlines: readonly Inline[] }
  | { kind: 'list'; ordered: boolean; items: ReadonlyArray<readonly Inline[]> };

/** A problem in Markdown text; `line` is 0-based within the lines given. */
export class MarkdownError extends Error {
  override name = 'MarkdownError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;

interface OpenList {
  ordered: boolean;
  items: string[][];
}

/** Parses lines of slide text into blocks. */
export function parseBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: { text: string[]; line: number } | null = null;
  let list: { open: OpenList; line: number } | null = null;
  let blankSinceList = false;

  const closeParagraph = () => {
    if (paragraph === null) return;
    blocks.push({
      kind: 'paragraph',
      inlines: parseInline(paragraph.text.join(' '), paragraph.line),
    });
    paragraph = null;
  };
  const closeList = () => {
    if (list === null) return;
    const at = list.line;
    blocks.push({
      kind: 'list',
      ordered: list.open.ordered,
      items: list.open.items.map((item) => parseInline(item.join(' '), at)),
    });
    list = null;
  };

  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      closeParagraph();
      if (list !== null) blankSinceList = true;
      return;
    }
    rejectUnsupported(line, i);
    const item = LIST_ITEM.exec(line);
    if (item !== null) {
      if (item[1].length > 0 && list !== null)
        throw new MarkdownError('nested lists are not supported: keep lists one level deep', i);
      const ordered = /\d/.test(item[2]);
      closeParagraph();
      if (list !== null && list.open.ordered !== ordered) closeList();
      if (list === null) list = { open: { ordered, items: [] }, line: i };
      list.open.items.push([item[3].trim()]);
      blankSinceList = false;
      return;
    }
    if (list !== null && /^\s/.test(line) && !blankSinceList) {
      list.open.items[list.open.items.length - 1].push(line.trim());
      return;
    }
    closeList();
    blankSinceList = false;
    if (paragraph === null) paragraph = { text: [], line: i };
    paragraph.text.push(line.trim());
  });
  closeParagraph();
  closeList();
  return blocks;
}

function rejectUnsupported(line: string, i: number): void {
  const t = line.trim();
  if (t.startsWith('#'))
    throw new MarkdownError('a heading inside slide text: only the slide title is a heading', i);
  if (t.startsWith('>')) throw new MarkdownError('block quotes are not supported', i);
  if (t.startsWith('```') || t.startsWith('~~~'))
    throw new MarkdownError('code blocks are not supported', i);
  if (t.startsWith('<')) throw new MarkdownError(`HTML is not supported here: ${t}`, i);
}

const ESCAPABLE = /[\\`*_[\]#>+\-.!()]/;
/** `[text](target)` at the start of the rest of a line: text without brackets, target without
 *  spaces or parentheses. */
const LINK = /^\[([^\]]+)\]\(([^()\s]+)\)/;
// A single `_` or `*` opens emphasis after the start, a space or an opening mark, and closes
// before the end, a space or punctuation, so "1_000" and "a*b" stay text.
const BEFORE_OPEN = /[\s([{«"'“‘¿¡—–-]/;
const AFTER_CLOSE = /[\s)\]}.,;:!?»"'”’…—–/-]/;

/** Parses one paragraph or list item into inline runs. `line` is only for error messages. */
export function parseInline(text: string, line = 0): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const push = (inline: Inline) => {
    if (buffer !== '') out.push({ kind: 'text', text: buffer });
    buffer = '';
    out.push(inline);
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (text.startsWith('**', i)) {
      const end = text.indexOf('**', i + 2);
      if (end <= i + 2) throw new MarkdownError(`unclosed or empty ** in "${text}"`, line);
      push({ kind: 'strong', text: unescape(text.slice(i + 2, end)) });
      i = end + 2;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end <= i + 1) throw new MarkdownError(`unclosed or empty \` in "${text}"`, line);
      push({ kind: 'code', text: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '[') {
      const link = LINK.exec(text.slice(i));
      if (link !== null) {
        if (!link[2].startsWith('#/'))
          throw new MarkdownError(
            `a link may only lead inside the course (#/...): ${link[2]}`,
            line,
          );
        push({ kind: 'link', text: unescape(link[1]), href: link[2] });
        i += link[0].length;
        continue;
      }
    }
    if ((c === '_' || c === '*') && opensEmphasis(text, i)) {
      const end = closingEmphasis(text, i);
      if (end !== -1) {
        push({ kind: 'em', text: unescape(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  if (buffer !== '') out.push({ kind: 'text', text: buffer });
  return out;
}

function opensEmphasis(text: string, i: number): boolean {
  const next = text[i + 1];
  return (
    (i === 0 || BEFORE_OPEN.test(text[i - 1])) &&
    next !== undefined &&
    !/\s/.test(next) &&
    next !== text[i]
  );
}

function closingEmphasis(text: string, open: number): number {
  const mark = text[open];
  for (let j = open + 2; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (
      text[j] === mark &&
      !/\s/.test(text[j - 1]) &&
      (j === text.length - 1 || AFTER_CLOSE.test(text[j + 1]))
    )
      return j;
  }
  return -1;
}

function unescape(text: string): string {
  return text.replace(/\\([\\`*_[\]#>+\-.!()])/g, '$1');
}

/** The text of inline runs without their marks: for titles, search and accessible names. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((r) => r.text).join('');
}
