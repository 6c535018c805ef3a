/**
 * The limits that keep the content check's work bounded on any input: each is checked before
 * the costly step it protects (reading a file, parsing YAML or Markdown, locating passages), so
 * a hostile file is refused by name in milliseconds instead of running for minutes. Real reports
 * stay far below every one (ours: bodies of 7 and 10 KB, about 35 facts). Pure.
 */

export const LIMITS = {
  /** A content file on disk, frontmatter and body together, in bytes: checked before it is read. */
  fileBytes: 320 * 1024,
  /** A YAML document (an MDX frontmatter, a `.yaml` entry), in bytes: checked before it is parsed. */
  yamlBytes: 64 * 1024,
  /** An MDX body, in bytes (UTF-8): checked before it is parsed. */
  bodyBytes: 256 * 1024,
  /** Lines of an MDX body. */
  bodyLines: 2000,
  /** Characters of any one text field. */
  fieldChars: 2000,
  /** Facts of one article. */
  facts: 500,
  /** Words in quotation marks in one file's fields written in our voice. */
  quotations: 500,
  /** Of each character Markdown reads as a mark, in one body: their handling is what costs. */
  marks: 2000,
  /** A run of one emphasis, code or strike mark ("***", "```"), outside a thematic break line. */
  markRun: 32,
  /** Block quotes and list items opening one line ("> - > -", "- - - -"). */
  containers: 16,
} as const;

/** The characters whose count `LIMITS.marks` bounds. */
export const MARKS = ['*', '_', '`', '[', ']', '\\', '<', '{', '&', '~', '@', '|', '!'] as const;

const MARK_CHARS = new RegExp(`[${MARKS.map((m) => `\\${m}`).join('')}]`, 'g');

export const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;

const encoder = new TextEncoder();
const buffers = new Map<number, Uint8Array>();

/** The UTF-8 size of `text` when it is over `limit` bytes, else null; measured without encoding more than `limit` bytes. */
export function bytesOver(text: string, limit: number): number | null {
  // Every UTF-16 unit takes at most 3 bytes.
  if (text.length * 3 <= limit) return null;
  let buffer = buffers.get(limit);
  if (!buffer) buffers.set(limit, (buffer = new Uint8Array(limit + 4)));
  const { read } = encoder.encodeInto(text, buffer);
  return read === text.length && encoder.encodeInto(text, buffer).written <= limit ? null : encoder.encode(text).length;
}

/** A limit a body goes over, at a line (1-based) or for the whole body (line 0). */
export interface LimitProblem {
  line: number;
  message: string;
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CONTAINER = /^[ \t]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * Every limit the body goes over, checked on its text before any parsing: its size, its lines,
 * how many Markdown marks it holds, runs of one mark, and containers opened on one line. Linear.
 */
export function bodyLimitProblems(source: string): LimitProblem[] {
  const bytes = bytesOver(source, LIMITS.bodyBytes);
  if (bytes !== null) {
    return [{ line: 0, message: `the body is ${kb(bytes)}: a body may be at most ${kb(LIMITS.bodyBytes)} (a report's text is a few KB; split a longer one)` }];
  }
  const problems: LimitProblem[] = [];
  const lines = source.split(/\r?\n/);
  if (lines.length > LIMITS.bodyLines) {
    problems.push({ line: 0, message: `the body has ${lines.length} lines: a body may have at most ${LIMITS.bodyLines}` });
  }
  const counts = new Map<string, number>();
  for (const m of source.matchAll(MARK_CHARS)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  for (const [mark, n] of counts) {
    if (n > LIMITS.marks) {
      problems.push({
        line: 0,
        message: `the body holds ${n} “${mark}”: at most ${LIMITS.marks} of each Markdown mark (the parser's time grows faster than their number; a report's text needs a handful)`,
      });
    }
  }
  lines.forEach((line, i) => {
    if (THEMATIC_BREAK.test(line)) return;
    const run = /([*_`~])\1*/g;
    for (let m = run.exec(line); m; m = run.exec(line)) {
      if (m[0].length > LIMITS.markRun) {
        problems.push({
          line: i + 1,
          message: `a run of ${m[0].length} “${m[1]}”: at most ${LIMITS.markRun} in a row (the parser's time grows with the square of such runs)`,
        });
        return;
      }
    }
    let rest = line;
    let containers = 0;
    for (let m = CONTAINER.exec(rest); m && m[0].length > 0 && containers <= LIMITS.containers; m = CONTAINER.exec(rest)) {
      containers++;
      rest = rest.slice(m[0].length);
    }
    if (containers > LIMITS.containers) {
      problems.push({
        line: i + 1,
        message: `the line opens more than ${LIMITS.containers} block quotes and list items (“${line.slice(0, 12)}…”): a report's text never nests so deep, and the parser's time grows with the depth`,
      });
    }
  });
  return problems;
}

/** A text field longer than `LIMITS.fieldChars`, or a frontmatter with too many facts, as field path + message. */
export function dataLimitProblems(data: unknown): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const path: string[] = [];
  const walk = (value: unknown) => {
    if (problems.length >= 20) return;
    if (typeof value === 'string') {
      if (value.length > LIMITS.fieldChars) {
        problems.push({ field: path.join('.') || '(frontmatter)', message: `is ${value.length} characters long: a field may be at most ${LIMITS.fieldChars}` });
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
      path.push(String(key));
      walk(item);
      path.pop();
    }
  };
  walk(data);
  return problems;
}
