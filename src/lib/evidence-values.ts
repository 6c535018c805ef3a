/**
 * Evidence states the fact: beyond being in the body (see `evidence.ts`) and holding its figure
 * where the fact says (see `check/located.ts`), a fact's passage must identify one place in the
 * text, and the words the site shows in quotation marks must be the report's.
 *
 * - Every passage identifies one place in the text: at least `MIN_WORDS` words and `MIN_CHARS`
 *   characters ("de", "a" or "à Lyon" identify nothing).
 * - Words the site shows in quotation marks as the report's own (an amount's `hedgeWords` and
 *   `periodWords`, a person's `title`) are in that fact's evidence, as whole words, ignoring case.
 * - Words we put in quotation marks in our own text (any quote marks: double or single, curly or
 *   straight, guillemets, any bracket but ( [ {, backticks: `quotedSpans`) are in the report's body, or for a
 *   comparison in either compared report's body (`quotedWordIssues`).
 *
 * Pure: works on validated article data and returns errors as field path + message.
 */
import type { Article } from '../schemas/article.ts';
import { isMonthAt } from './check/figures.ts';
import { LIMITS } from './check/limits.ts';
import { isNumberWord } from './check/numbers.ts';
import { tokenize } from './check/tokens.ts';
import { HEDGES, NEGATIONS, PROJECTIONS, WEEKDAYS } from './check/vocabulary.ts';
import { factsOf } from './facts.ts';

/** A passage must have at least this many words (runs of letters or digits)… */
export const MIN_WORDS = 3;
/** …and this many characters, spaces collapsed. */
export const MIN_CHARS = 12;

export interface EvidenceIssue {
  /** Dotted field path in the article's frontmatter, e.g. `amounts.2.value`. */
  field: string;
  message: string;
}

// eslint-disable-next-line no-control-regex -- ASCII is already in NFC
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case, NFC, every run of whitespace (incl. no-break spaces) one space, hyphens between
 * letters a space ("vingt-cinq" = "vingt cinq"), quote marks and apostrophes unified.
 */
export function fold(text: string): string {
  return (ASCII.test(text) ? text : text.normalize('NFC'))
    .toLowerCase()
    .replace(/[«»“”„‟″"]/g, '"')
    .replace(/[‘’‚‛′`']/g, "'")
    .replace(/(?<=\p{L})[-‐‑–](?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Passages and quoted words

/** Every index at which `candidate` occurs in `text`. */
function occurrences(text: string, candidate: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + 1)) found.push(at);
  return found;
}

/** True when the passage has too few words or characters to identify a place in the text. */
export function tooShort(evidence: string): boolean {
  const text = evidence.replace(/\s+/g, ' ').trim();
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < MIN_WORDS || text.length < MIN_CHARS;
}

/** True when `words` appear in the evidence as whole words (case, spacing and quote marks ignored). */
export function containsWords(evidence: string, words: string): boolean {
  return hasWords(fold(evidence), fold(words));
}

/** `containsWords` of one text for many words: the text is folded once. */
export function wordsIn(text: string): (words: string) => boolean {
  const folded = fold(text);
  return (words) => hasWords(folded, fold(words));
}

/** `containsWords` on folded text. */
function hasWords(text: string, needle: string): boolean {
  if (needle.length === 0) return false;
  const wordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return occurrences(text, needle).some(
    (at) => !(wordChar(needle[0]) && wordChar(text[at - 1])) && !(wordChar(needle.at(-1)) && wordChar(text[at + needle.length])),
  );
}

/**
 * Keys whose quotes are not the report's words in our text: passages and the report's headline
 * (its own words), what another source says (its quotes are that source's), and our English
 * glosses (`gloss`, `titleGloss`…: labelled translations).
 */
const NOT_OUR_WORDS = new Set(['evidence', 'headline', 'says', 'url']);
const isGloss = (key: string) => /^gloss$|Gloss$/.test(key);
/**
 * Keys whose quotes may be the words of a source we do not hold (the basis of an inference): held
 * to the report's text only when they give a number or a date, which a reader would take as that
 * source's word for the date we infer.
 */
const SOURCE_WORDS = new Set(['basis']);

/** Number words that are articles or adjectives as often ("un", "one", "neuf"): not read as numbers in a quote. */
const ARTICLE_LIKE = new Set(['a', 'an', 'one', 'un', 'une', 'uno', 'una', 'neuf']);

/** True when a quotation gives a number or a date in English, French or Spanish: digits, a number word, a month or a weekday by name. */
export function givesNumberOrDate(quote: string): boolean {
  if (/\p{Nd}/u.test(quote)) return true;
  const t = tokenize(quote);
  return t.some(
    (token, k) =>
      token.kind === 'word' &&
      (['en', 'fr', 'es'] as const).some(
        (lang) => (isNumberWord(token.key, lang) && !ARTICLE_LIKE.has(token.key)) || isMonthAt(quote, t, k, lang) || WEEKDAYS[lang].match(quote, t, k) !== null,
      ),
  );
}

/**
 * Marks that pair around quoted words, by Unicode property rather than by list: every quotation
 * mark (straight and curly double quotes, guillemets, low-9 and reversed-9 marks, corner brackets,
 * fullwidth and double-prime quotation marks…), all initial and final punctuation, every opening
 * and closing bracket but ( [ {, the quotation ornaments (❝ ❞ 🙶 🙷 🙸), and the marks that look
 * like double quotes: every prime (′ ″ ‴ ‵ ‶ ‷), the modifier letters ʺ ˝ ˮ, the Hebrew gershayim
 * ״ and the ditto mark 〃. Any of them pairs with any other. Single quotes and apostrophes are
 * read apart (an apostrophe is not a quote).
 */
const PAIRED = /[[\p{Quotation_Mark}\p{Pi}\p{Pf}\p{Ps}\p{Pe}❝❞🙶🙷🙸\u2032-\u2037ʺ˝ˮ״〃]--[\(\)\[\]\{\}'‘’‚‛＇❛❜]]/gv;
/** Single quotes that open (‘ ‚ ‛ ❛ ＇) and close (’ ‘ ❜ ＇) a quotation. */
const SINGLE = /[‘‚‛❛＇](.+?)[’‘❜＇](?!\p{L})/gu;
/** Any character that may open a quotation (a straight apostrophe or a backtick too). */
const QUOTE_MARK = /[[\p{Quotation_Mark}\p{Pi}\p{Pf}\p{Ps}\p{Pe}❝❞❛❜🙶🙷🙸\u2032-\u2037ʺ˝ˮ״〃`]--[\(\)\[\]\{\}]]/v;

/**
 * The words inside quotation marks, whatever the marks: double quotes and guillemets (curly or
 * straight, „low-9“, ‹single guillemets›, ＂fullwidth＂, 〝double prime〞, ❝ornaments❞, a doubled
 * straight quote ''…''), any bracket other than ( [ { (「corner」, ⸢half⸣), curly single quotes
 * (`An ‘elite’ workshop`; a ’ followed by a letter is an apostrophe, not a close), straight single
 * quotes that open after a space (`an 'elite' workshop`, not the apostrophe of "Netflix's") and
 * backticks: `An “elite” workshop` → `["elite"]`.
 */
export function quotedSpans(text: string): string[] {
  if (!QUOTE_MARK.test(text)) return [];
  const flat = text.normalize('NFC').replace(/\s+/g, ' ');
  return quotedRanges(flat)
    .map(([start, end]) => flat.slice(start, end).trim())
    .filter((q) => q.length > 0);
}

/**
 * Where the words inside quotation marks sit in `text` (NFC), as [start, end) of the words
 * without their marks, by the rules of `quotedSpans`. Every mark is one UTF-16 unit, so the
 * offsets are those of `text`.
 */
export function quotedRanges(text: string): [number, number][] {
  if (!QUOTE_MARK.test(text)) return [];
  // Each pattern opens with one mark: the words start right after it.
  const inner = (m: RegExpMatchArray): [number, number] => [m.index! + 1, m.index! + 1 + m[1]!.length];
  // Paired marks read as '"' in place, keeping every offset: a doubled straight quote and a mark
  // of two UTF-16 units keep their length, their other unit left outside the words.
  const paired = text.replace(/''/g, '"\u0000').replace(PAIRED, (mark) => '"'.padEnd(mark.length, '\u0000'));
  const within = ([start, end]: [number, number]): [number, number] => {
    while (start < end && paired[start] === '\u0000') start++;
    return [start, end];
  };
  return [
    ...[...paired.matchAll(/"([^"]+)"/g)].map((m) => within(inner(m))),
    ...[...text.matchAll(SINGLE), ...text.matchAll(/(?<![\p{L}\p{N}'])'(?=[^\s'])([^\n]+?)(?<=[^\s'])'(?![\p{L}\p{N}])/gu), ...text.matchAll(/`([^`]+)`/g)].map(
      inner,
    ),
  ];
}

/** Where `needle` occurs in `text` as whole words at or after `from`, or -1. */
function wordsAt(text: string, needle: string, from: number): number {
  const wordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  return (
    occurrences(text, needle).find(
      (at) => at >= from && !(wordChar(needle[0]) && wordChar(text[at - 1])) && !(wordChar(needle.at(-1)) && wordChar(text[at + needle.length])),
    ) ?? -1
  );
}

/** The words a cut ("…") may not drop: a negation, a hedge or a projection, in any language the check reads. */
const KEPT_BY_CUTS = (['en', 'fr', 'es'] as const).flatMap((lang) => [NEGATIONS[lang], HEDGES[lang], PROJECTIONS[lang]]);

/** The first negation, hedge or projection word in `text` (folded), or null. */
function qualifierIn(text: string): string | null {
  const t = tokenize(text);
  for (let k = 0; k < t.length; k++) {
    for (const words of KEPT_BY_CUTS) {
      const m = words.match(text, t, k);
      if (m) return text.slice(t[k]!.start, t[m.end - 1]!.end);
    }
  }
  return null;
}

/** Where a quotation sits in one folded block: its span, or the word a cut of it drops. */
export type QuoteFound = { start: number; end: number } | { dropped: string };

/**
 * Where `span` (our words, quoted) sits in the folded block `block` at or after `from`: its parts
 * (split at an ellipsis) in order, as whole words, where nothing a cut drops between two parts is
 * a negation, a hedge or a projection ("le montant exact … trois millions de pesos" drops "n'ait
 * pas été précisé"); null when it is not there.
 */
export function findQuote(block: string, span: string, from = 0): QuoteFound | null {
  const parts = fold(span)
    .split(/…|\.\.\.|\[…\]/)
    .map((p) => p.replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/gu, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  let at = from;
  let start = -1;
  let dropped: string | null = null;
  for (const part of parts) {
    const found = wordsAt(block, part, at);
    if (found < 0) return null;
    if (start < 0) start = found;
    else dropped ??= qualifierIn(block.slice(at, found));
    at = found + part.length;
  }
  return dropped ? { dropped } : { start, end: at };
}

/**
 * True when a quoted span is in one block of the text: its parts (split at an ellipsis) in order
 * in the same paragraph, so a quote cannot be stitched from words far apart; or, when it is only
 * there with a cut that drops a negation, a hedge or a projection, that word.
 */
function quoteIn(blocks: string[], span: string): true | false | { dropped: string } {
  let cut: { dropped: string } | null = null;
  for (const block of blocks) {
    const found = findQuote(block, span);
    if (found && 'start' in found) return true;
    cut ??= found;
  }
  return cut ?? false;
}

/** Every text field of raw frontmatter written in our voice, with its dotted path. */
function ourTexts(value: unknown, path: string[] = []): { field: string; text: string; sources?: true }[] {
  if (typeof value === 'string') {
    const key = path.findLast((p) => !/^\d+$/.test(p)) ?? '';
    if (SOURCE_WORDS.has(key)) return [{ field: path.join('.'), text: value, sources: true }];
    return NOT_OUR_WORDS.has(key) || isGloss(key) ? [] : [{ field: path.join('.'), text: value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => ourTexts(v, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => ourTexts(v, [...path, k]));
  return [];
}

/**
 * Words we put in quotation marks in our own text (frontmatter fields, and the body's blocks for
 * a comparison) that are not in `sources` (the body blocks of the article, or of both compared
 * articles), as whole words, ignoring case. `folded` gives the sources `fold`ed, when the caller
 * keeps them folded already. Quotes in `NOT_OUR_WORDS` fields are skipped: they are the sources';
 * in `SOURCE_WORDS` fields only those that give a number or a date are held.
 */
export function quotedWordIssues(
  frontmatter: unknown,
  sources: string[],
  ownBody: string[] = [],
  where = "the report's text",
  folded: () => string[] = () => sources.map(fold),
): EvidenceIssue[] {
  const fields = [...ourTexts(frontmatter), ...ownBody.map((text) => ({ field: '(body)', text }))].map((f) => ({
    ...f,
    spans: 'sources' in f ? quotedSpans(f.text).filter(givesNumberOrDate) : quotedSpans(f.text),
  }));
  // Each quotation is looked for in the whole body: their number bounds the work.
  const quotations = fields.reduce((n, { spans }) => n + spans.length, 0);
  if (quotations > LIMITS.quotations) {
    return [{ field: '(frontmatter)', message: `holds ${quotations} quotations in our own words: at most ${LIMITS.quotations}` }];
  }
  if (quotations === 0) return [];
  const blocks = folded();
  return fields.flatMap((f) =>
    f.spans
      .map((span) => ({ span, found: quoteIn(blocks, span) }))
      .filter(({ found }) => found !== true)
      .map(({ span, found }) => ({
        field: f.field,
        message:
          typeof found === 'object'
            ? `“${span}” cuts (…) the report’s words where they say “${found.dropped}”: a cut drops description, never a negation, a hedge or a projection (quote the words whole)`
            : 'sources' in f
              ? `“${span}” gives a number or a date in quotation marks but is not in ${where}: a basis quotes another source only where its words give no number or date (name the date in our own words, as the basis must)`
              : `“${span}” is shown in quotation marks but is not in ${where} (quote the report's words exactly, or drop the quotation marks and say whose words they are)`,
      })),
  );
}

/** The evidence as quoted in an error: whole when short, else its first and last words. */
export function excerpt(evidence: string, max = 90): string {
  const text = evidence.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return `"${text}"`;
  const half = Math.floor((max - 3) / 2);
  const head = text.slice(0, half + 1).replace(/\s+\S*$/, '');
  const tail = text.slice(-half - 1).replace(/^\S*\s+/, '');
  return `"${head} … ${tail}"`;
}

// ---------------------------------------------------------------------------------------------
// The check

/** Every way the article's evidence fails to identify its passage, or to hold the words we quote from it. */
export function evidenceValueIssues(article: Article): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  for (const fact of factsOf(article)) {
    if (tooShort(fact.evidence)) {
      issues.push({
        field: `${fact.path}.evidence`,
        message: `evidence ${excerpt(fact.evidence)} is too short to identify a passage: quote at least ${MIN_WORDS} words and ${MIN_CHARS} characters of the sentence that states the fact`,
      });
    }
  }
  article.amounts.forEach((a, i) => {
    for (const key of ['hedgeWords', 'periodWords'] as const) {
      const words = a[key];
      if (words !== null && !containsWords(a.evidence, words)) {
        issues.push({ field: `amounts.${i}.${key}`, message: `"${words}" is shown in quotation marks but is not in the evidence ${excerpt(a.evidence)}` });
      }
    }
  });
  article.people.forEach((p, i) => {
    if (p.title !== null && !containsWords(p.evidence, p.title)) {
      issues.push({
        field: `people.${i}.title`,
        message: `"${p.title}" is shown in quotation marks but is not in the evidence ${excerpt(p.evidence)} (give the title as printed, or null)`,
      });
    }
  });
  return issues;
}
