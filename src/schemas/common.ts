/** Field types shared by every fact schema. */
import { z } from 'zod';
import { isCountryCode, isCurrencyCode } from '../lib/codes.ts';
import { isPartialDate, parsePartialDate } from '../lib/partial-date.ts';
import {
  hiddenCharacterIn,
  languageTagProblem,
  lookalikeQuoteIn,
  mixedScriptIn,
  otherDigitIn,
  overlongWord,
  unknownKeysMessage,
  webUrlProblem,
  YEAR_RANGE,
} from '../lib/text-rules.ts';

/**
 * An object whose unknown keys are errors, each with the closest known key suggested
 * (`beneficiary` → did you mean `beneficiaries`?). Every record in content is one of these, at
 * every level, so a misspelt key can never silently drop a list and its evidence.
 */
export function record<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : undefined),
  });
}

/** A stable, lower-case slug (`state-film-office`): ids become URLs and `#anchors`. */
export const slug = z
  .string()
  .max(80, { error: 'must be at most 80 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lower-case slug (a-z, 0-9, single hyphens), e.g. "state-film-office"' });

/**
 * The verbatim passage of the article body that states the fact. The content check proves it
 * appears in the body (ignoring differences of whitespace, quote marks and apostrophes).
 * Normalised to NFC, as the body is, so composed and decomposed accents match. Its digits are
 * 0–9, the only ones the check reads.
 */
export const evidence = z
  .string({ error: 'evidence is required: the verbatim passage of the body that states this fact' })
  .trim()
  .overwrite((s) => s.normalize('NFC'))
  .min(1, { error: 'evidence passage is empty' })
  .superRefine((s, ctx) => {
    const hidden = hiddenCharacterIn(s, false) ?? otherDigitIn(s);
    if (hidden) ctx.addIssue({ code: 'custom', message: hidden });
  });

/** A partial ISO date written as a quoted string, `"2025"`, `"2025-05"` or `"2025-07-12"`, year 1800–2100. */
export const partialDateString = z.string({ error: 'expected a date as a quoted string ("2025", "2025-05" or "2025-07-12")' }).superRefine((text, ctx) => {
  const parsed = parsePartialDate(text);
  if (!isPartialDate(parsed)) ctx.addIssue({ code: 'custom', message: parsed.error });
  else if (parsed.year < YEAR_RANGE.min || parsed.year > YEAR_RANGE.max) {
    ctx.addIssue({ code: 'custom', message: `"${text}": the year must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max} (four digits, e.g. "2025")` });
  }
});

/** An ISO 3166-1 alpha-2 country code, upper case: `MX`, `FR`, `US`. */
export const countryCode = z
  .string()
  .refine(isCountryCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. "MX", "FR")` });

/** An ISO 4217 currency code, upper case: `MXN`, `EUR`, `USD`. */
export const currencyCode = z
  .string()
  .refine(isCurrencyCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code (e.g. "MXN", "EUR")` });

/** An absolute `https:` or `http:` URL with a real host name: no other scheme, no credentials, no hidden characters. */
export const webUrl = z.string({ error: 'must be an absolute http(s) URL' }).superRefine((url, ctx) => {
  const problem = webUrlProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A BCP 47 language tag in canonical form, of a language with a name: `fr`, `en`, `es-MX`. */
export const languageTag = z.string().superRefine((tag, ctx) => {
  const problem = languageTagProblem(tag);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * Plain text for display: one line, no markup, NFC, no invisible, bidi or control characters,
 * no digits but 0–9, no word mixing Latin, Cyrillic or Greek letters, no character that looks
 * like a quotation mark but is none the check reads, and no word too long to wrap on a card or a
 * phone.
 */
export const text = z
  .string()
  .trim()
  .overwrite((s) => s.normalize('NFC'))
  .min(1)
  .superRefine((s, ctx) => {
    const lineBreak = /[\n\r\t\u2028\u2029]/u.test(s) ? 'must be one line, without line breaks or tabs (in YAML, a folded block `>-` joins its lines)' : null;
    const problem = lineBreak ?? hiddenCharacterIn(s) ?? otherDigitIn(s) ?? mixedScriptIn(s) ?? lookalikeQuoteIn(s) ?? overlongWord(s);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Longest page title: it must fit a link card, whose text it would otherwise push off, and a phone's first screen. */
export const MAX_TITLE_LENGTH = 120;

/** A page's title: `text`, short enough for its link card, where a longer one would push everything else off. */
export const title = text.refine((s) => [...s].length <= MAX_TITLE_LENGTH, {
  error: (issue) =>
    `is ${[...String(issue.input)].length} characters long; a title must fit its link card and a phone's first screen: at most ${MAX_TITLE_LENGTH}`,
});

/** Who speaks a passage: the outlet's own voice. */
export const REPORT_VOICE = 'report';
/** Who speaks a passage: someone the report does not name (a bare “elle”, an unattributed quotation). */
export const UNNAMED_VOICE = 'unnamed';

/**
 * Who speaks a fact's passage: the id of a person of the article, `report` (the outlet's own
 * voice) or `unnamed` (a speaker the report does not name). The content check holds it to the
 * passage: a person the passage names as the one speaking must be the speaker, and a speaker the
 * passage does not name is our reading (`readings.speaker`).
 */
export const speaker = slug;

/**
 * The speaker of a fact's passage (amounts and claims say it in `statedBy` and `claimant`), and,
 * for an unnamed speaker, the words by which the text refers to them (“elle”).
 */
export const speakerFields = {
  /** Who speaks the passage: a person id, `report` (default) or `unnamed`; see `speaker`. */
  speaker: speaker.default('report'),
  /** The words by which the text refers to an unnamed speaker (“elle”); only with `unnamed`. */
  speakerWords: text.nullable().default(null),
};

/** The fields a fact may declare as our reading, when its passage does not state them. */
export const READING_KEYS = ['currency', 'unit', 'hedge', 'period', 'speaker'] as const;

/** One reading: how we read a field the passage does not state, in one English sentence quoting (in “…”) the report's words it rests on. */
const reading = text.optional();

/**
 * What we read into a fact that its passage does not state, field by field, each with its basis:
 * the currency of a table cell whose column heading names it, a hedge taken from a heading, the
 * person a quotation is by when the passage does not name them. Pages label these fields "our
 * reading". The content check refuses a reading of a field the passage states, and a basis that
 * quotes no words of the report (or whose quoted words give another value).
 */
export const readings = record({
  /** How we read the currency: "The column heading reads “Economic Contribution (in euros)”." */
  currency: reading,
  /** How we read what is counted: "The column heading reads “Estimated Jobs Created”." */
  unit: reading,
  /** How we read the hedge: "The column heading reads “Estimated Jobs Created”." */
  hedge: reading,
  /** How we read the period: "The pledge runs “over the three years” of the pilot." */
  period: reading,
  /** Who we read as speaking: "The quotation closes with “said Ana Lima”." */
  speaker: reading,
}).default({});

export type Readings = z.output<typeof readings>;
export type ReadingKey = (typeof READING_KEYS)[number];
