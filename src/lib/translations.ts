/**
 * Our analysis in the other editions' languages: `content/translations/<lang>/articles/<id>.yaml`
 * and `content/translations/<lang>/comparisons/<id>.mdx`, one file per article or comparison and
 * language, and our words on each secondary source and rate (`references/<id>.yaml`,
 * `rates/<id>.yaml`) (docs/content.md, "The site in other languages"). An article's or a
 * comparison's file marked `pending: true` says the translation is not written yet: the edition
 * shows our analysis as we wrote it, in the default edition's language, and says so in the
 * reader's language; a reference's or a rate's is written with it. A missing file is an error:
 * every edition accounts for every page. Pure: files come in as parsed data.
 */
import { z } from 'zod';
import type { Article } from '../schemas/article.ts';
import { dimensions, type Comparison } from '../schemas/comparison.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { READING_KEYS, record, text } from '../schemas/common.ts';
import { figureDrift, figuresIn } from './check/mentions.ts';
import { figureSpeakers, speakerDrift, type FigureSpeakers } from './check/speakers.ts';
import { langOf, tokenize, type Lang } from './check/tokens.ts';
import { DENIALS, NAME_FUNCTION_WORDS, NAME_WORDS, QUALIFIER_WORDS } from './check/vocabulary.ts';
import { fold, quotedRanges, quotedSpans, wordsIn } from './evidence-values.ts';
import { factsOf, recordOf, FACT_LISTS, INITIATIVE_ID } from './facts.ts';
import { sameLanguage } from './i18n.ts';
import { hiddenCharacterIn, lookalikeQuoteIn, mixedScriptIn, otherDigitIn } from './text-rules.ts';

export const TRANSLATIONS_FOLDER = 'content/translations';

/** The kinds of our content a translation covers, with the file extension of each. */
export const TRANSLATED = { articles: '.yaml', comparisons: '.mdx', references: '.yaml', rates: '.yaml' } as const;
export type TranslatedKind = keyof typeof TRANSLATED;
/** Kinds whose words a reader sees beside every page that cites them, in a line or two: written with the file, never pending. */
const NEVER_PENDING: readonly TranslatedKind[] = ['references', 'rates'];

/** Where the translation of `kind`/`id` into `lang` lives. */
export const translationFile = (lang: string, kind: TranslatedKind, id: string) => `${TRANSLATIONS_FOLDER}/${lang}/${kind}/${id}${TRANSLATED[kind]}`;

const pendingSchema = record({
  /** True while the translation is not written: the page shows the default edition's analysis with a notice. */
  pending: z.literal(true, { error: 'pending is true while the translation is not written (write the translated fields instead)' }),
});

const verdictText = record({ short: text, finding: text, why: text });

/**
 * A comparison's analysis in another language: every field of ours a reader sees (title,
 * standfirst, conclusion, each verdict's short line, finding and why, keyed by dimension), and
 * the body (the file's body, paragraph for paragraph). Facts, figures and what each verdict rests
 * on are not translated: they are the same data in every edition.
 */
export const comparisonTranslationSchema = record({
  /** Who translated it. */
  translator: text,
  /** Who reviewed the translation, or null. */
  reviewed: text.nullable().default(null),
  title: text,
  dek: text,
  conclusion: text.nullable().default(null),
  verdicts: z.partialRecord(z.enum(dimensions), verdictText),
});

export type ComparisonTranslation = z.output<typeof comparisonTranslationSchema> & { body: string[] };

/** A fact's fields that hold our words (notes, descriptions, the basis of an inference), written in the default edition's language. */
export const OUR_WORDS = ['summary', 'does', 'what', 'event', 'basis', 'note', 'who', 'how', 'claim', 'affiliationNote'] as const;
/** A fact's glosses of the report's words other than its passage (a name, a title): optional, since a name may already be in the reader's language. */
export const NAME_GLOSSES = ['nameGloss', 'titleGloss'] as const;

const factTranslation = record({
  ...(Object.fromEntries(OUR_WORDS.map((key) => [key, text.optional()])) as Record<(typeof OUR_WORDS)[number], z.ZodOptional<typeof text>>),
  /** Our translation of the passage into this language; required when the report is in another language, refused when it is in this one. */
  gloss: text.optional(),
  nameGloss: text.optional(),
  titleGloss: text.optional(),
  readings: z.partialRecord(z.enum(READING_KEYS), text).optional(),
  /** A claim's checks, keyed `<reference> <aspect>` (never by position): what the source says, in our notes' words, and our finding. */
  checks: z.record(z.string(), record({ says: text, finding: text.optional() })).optional(),
});

/**
 * Our analysis of an article in another language: the page's title and standfirst, our notes on
 * the report, and each fact's words of ours keyed by fact id (`initiative` for the initiative),
 * with our translation of each passage where the report is not in this language. The report's
 * own words (passages, names, titles, stated figures) are not translated: they are the same data
 * in every edition.
 */
export const articleTranslationSchema = record({
  /** Who translated it. */
  translator: text,
  /** Who reviewed the translation, or null. */
  reviewed: text.nullable().default(null),
  title: text,
  dek: text,
  source: record({
    /** Our translation of the report's headline, where it is not in this language. */
    headlineGloss: text.optional(),
    /** The source's notes, one for one. */
    notes: z.array(text).default([]),
  }).default({ notes: [] }),
  /** How this language writes a name of the report's data ("Choose France summit": "sommet Choose France"): the drift check accepts either. */
  names: z.record(z.string(), text).default({}),
  facts: z.record(z.string(), factTranslation).default({}),
});

/** How we name a secondary source, and our note on its date, in another language (`content/references/<id>.yaml`'s `label` and `dateNote`). */
export const referenceTranslationSchema = record({
  label: text,
  /** Required where the reference has a `dateNote`, refused where it has none. */
  dateNote: text.optional(),
});

/** What kind of figure a rate is, and why we chose it, in another language (`content/rates/<id>.yaml`'s `kind` and `why`). */
export const rateTranslationSchema = record({ kind: text, why: text });

export type ReferenceTranslation = z.output<typeof referenceTranslationSchema>;
export type RateTranslation = z.output<typeof rateTranslationSchema>;
export type ArticleTranslation = z.output<typeof articleTranslationSchema> & { kind: 'article' };
export type Translation = z.output<typeof pendingSchema> | ComparisonTranslation | ArticleTranslation | ReferenceTranslation | RateTranslation;

/** The key of a claim's check in a translation: `<reference> <aspect>`. */
export const checkKey = (check: { reference: string; aspect: string }) => `${check.reference} ${check.aspect}`;

/** The blocks of a body between blank lines, as their lines, blank blocks left out. */
const blocksOf = (body: string): string[][] =>
  body
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.join('').trim() !== '');

/** True when a paragraph of a body is a blockquote ("> …"). */
const isBlockquote = (paragraph: string) => /^\s*>/.test(paragraph);

/** A line that opens a blockquote (“> …”), bare or in a list item (“- > …”, “1. > …”). */
const QUOTE_LINE = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?>/;

/**
 * The paragraphs of a body (blocks between blank lines), whitespace folded; a no-break space
 * (U+00A0, U+202F) stays one. A blockquote is one paragraph “> …”, its lines' markers dropped.
 */
export const paragraphsOf = (body: string): string[] =>
  blocksOf(body).map((lines) => {
    const quote = /^\s*>/.test(lines[0]!);
    const text = (quote ? lines.map((line) => line.replace(/^\s*>/, '')) : lines).join(' ');
    const folded = text.replace(/[^\S\u00a0\u202f]+/g, ' ').trim();
    return quote ? `> ${folded}` : folded;
  });

/** A paragraph of a translated body as a reader sees it: the original's blockquote as a quotation, any other as text. */
export function bodyBlock(paragraph: string): { quote: boolean; text: string } {
  return isBlockquote(paragraph) ? { quote: true, text: paragraph.replace(/^\s*>\s*/, '') } : { quote: false, text: paragraph };
}

/** A character reference (“&laquo;”, “&#171;”, “&#xAB;”). */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * Why the lines of a translated comparison body are refused, by paragraph (`(body) paragraph 2`):
 * a character a reader cannot see or would misread, as in every other text (text-rules.ts); a
 * character reference, which the page shows as written; a line opening with “>” inside a
 * paragraph that is not a blockquote from its first line (shown as a literal “>”; only the
 * original's blockquote, a paragraph of its own, is shown as one).
 */
export function translatedBodyIssues(body: string): { field: string; message: string }[] {
  return blocksOf(body).flatMap((lines, i) => {
    const field = `(body) paragraph ${i + 1}`;
    const text = lines.join('\n');
    const hidden = hiddenCharacterIn(text, false) ?? otherDigitIn(text) ?? mixedScriptIn(text) ?? lookalikeQuoteIn(text);
    if (hidden) return [{ field, message: `the text ${hidden.replace(/: delete it.*$/, ': delete it')}` }];
    const reference = CHARACTER_REFERENCE.exec(text);
    if (reference) return [{ field, message: `writes the character reference “${reference[0]}”, which this page shows as written: type the character itself` }];
    const quoteLine = lines.findIndex((line, k) => QUOTE_LINE.test(line) && (k > 0 || !/^\s*>/.test(line)));
    if (quoteLine >= 0 && !/^\s*>/.test(lines[0]!))
      return [
        {
          field,
          message: `line ${quoteLine + 1} of the paragraph opens with “>” inside a paragraph of our words: a blockquote is the original’s, a paragraph of its own copied as it is; otherwise remove the “>”`,
        },
      ];
    return [];
  });
}

/** What a translation is checked against: the comparison as written, its body's paragraphs, and the names of its reports' facts. */
export interface TranslationSource {
  data: Pick<Comparison, 'title' | 'dek' | 'conclusion' | 'verdicts'>;
  body: string[];
  /** Names as the reports' data writes them (initiatives, institutions, people, places): a translation keeps each it meets. */
  names: string[];
  /** The reports' people: a translation names the ones its original names, no others. */
  people?: string[];
  /** Who may be named beside a figure, for the title, dek and conclusion (`top`) and each verdict (by dimension). */
  speakers?: Record<string, FigureSpeakers>;
}

/** `text` with the words inside its quotation marks (by `quotedRanges`) blanked, NFC. */
function unquoted(text: string): string {
  const flat = text.normalize('NFC');
  let out = '';
  let from = 0;
  for (const [start, end] of quotedRanges(flat).sort((x, y) => x[0] - y[0])) {
    if (start < from) continue;
    out += flat.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return out + flat.slice(from);
}

/**
 * Why a translated text drifted from its original, or null: it must give the same figures and
 * dates in the same order, each read in its language with its hedge, currency, unit and period
 * ("about 3m pesos" is "environ 3 millions de pesos", not "3 millions de pesos" nor "environ 3
 * millions d'euros"; `check/mentions.ts`), keep every name of the reports the original names (or
 * its name in this language, `localNames`), name no person of the reports (`people`, by full
 * name or surname) the original does not, and keep the reports' quoted words as they are,
 * quoting no others. A `gloss`, our translation of the report's words, translates its quoted
 * words: it is read whole, quotes included.
 */
export function driftOf(
  original: string,
  translated: string,
  from: Lang,
  to: Lang,
  names: readonly string[],
  localNames: Readonly<Record<string, string>> = {},
  gloss = false,
  people: readonly string[] = [],
): string | null {
  // The reports' quoted words stay in their own language (checked whole below); their figures are read there, not here.
  const read = (t: string) => (gloss ? t : unquoted(t));
  const figures = figureDrift(figuresIn(read(original), from, { weekdays: gloss }), figuresIn(read(translated), to, { weekdays: gloss }), 'the original', to);
  if (figures) return figures;
  if (denies(read(original), from) && !denies(read(translated), to))
    return 'drops the “no” or “not” of its original (“no project figure” is “aucun chiffre par projet”, never “un chiffre”): a translation denies what its original denies';
  const folded = fold(translated);
  for (const name of names) {
    const kept = [name, ...(localNames[name] ? [localNames[name]] : [])].some((n) => folded.includes(fold(n)));
    if (fold(original).includes(fold(name)) && !kept) return `drops the name “${name}” its original gives`;
  }
  const [inOriginal, inTranslation] = [wordsIn(original), wordsIn(translated)];
  const forms = people.map((person) => {
    const surname = person.split(/\s+/).at(-1)!;
    return [person, surname === person ? [person] : [person, surname]] as const;
  });
  for (const [person, names] of forms) {
    if (names.some(inTranslation) && !names.some(inOriginal))
      return `names “${person}”, whom its original does not name: a translation names the people its original names, no others`;
  }
  for (const [person, names] of forms) {
    if (names.some(inOriginal) && !names.some(inTranslation))
      return `drops “${person}”, whom its original names: a translation names the people its original names, no others`;
  }
  if (gloss) return null;
  const quotes = quotedSpans(original).map(fold);
  let after = 0;
  for (const [i, words] of quotes.entries()) {
    const at = folded.indexOf(words, after);
    if (at >= 0) after = at + words.length;
    // A quotation inside an earlier one ("environ" in “environ trois millions”) has its place already.
    else if (quotes.slice(0, i).some((q) => q.includes(words))) continue;
    else if (folded.includes(words))
      return `quotes the report’s words “${words}” out of their original’s order: a translation gives its original’s quotations in their order`;
    else return `drops the report’s words “${words}” its original quotes`;
  }
  for (const words of quotedSpans(translated)) {
    if (!quotes.some((q) => q.includes(fold(words))))
      return `shows “${words}” in quotation marks, which its original does not quote: a translation quotes only the report’s words its original quotes (remove the marks and translate, or quote as the original does)`;
  }
  return null;
}

/** True when `text` holds a word that says "none" or "not" in `lang` (`DENIALS`). */
function denies(text: string, lang: Lang): boolean {
  const flat = text.normalize('NFC').replace(/’/g, "'");
  const t = tokenize(flat);
  return t.some((_, k) => DENIALS[lang].match(flat, t, k) !== null);
}

/** True when `local` is a listed exonym of the place `name` (site.yaml's `exonyms`). */
const isExonym = (exonyms: readonly (readonly string[])[], name: string, local: string): boolean =>
  exonyms.some(
    (group) => group.some((n) => wordsOf(n).join(' ') === wordsOf(name).join(' ')) && group.some((n) => wordsOf(n).join(' ') === wordsOf(local).join(' ')),
  );

/**
 * Why a translated reference `label` or rate `kind`, which say where a figure comes from, names
 * what its original does not, or null: every capitalised word inside it is a word of the
 * original (or of a name as this language writes it, `localNames`, or a country the original
 * names, in this language), and it names the same organisations (`organisations`: the reports'
 * institutions and the references' publishers) in the same order, so a news report cannot become
 * a company's release ("the company's official release, relayed by the Daily" for "the Daily's report on the company's plan").
 */
export function provenanceDrift(
  original: string,
  translated: string,
  to: Lang,
  organisations: readonly string[],
  localNames: Readonly<Record<string, string>> = {},
): string | null {
  const known = new Set(tokenize([original, ...Object.values(localNames), ...countriesIn(original, to)].join(' ')).map((t) => t.key));
  const t = tokenize(translated.normalize('NFC'));
  for (let k = 1; k < t.length; k++) {
    const token = t[k]!;
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text) || /^[.!?:]$/.test(t[k - 1]!.text) || known.has(token.key)) continue;
    return `names “${token.text}”, which its original does not: this text says where a figure comes from, and names no organisation, source or date its original does not`;
  }
  const order = (text: string) => {
    const folded = fold(text);
    return organisations
      .map((name) => ({
        name,
        at:
          [name, localNames[name]]
            .filter((n): n is string => !!n)
            .map((n) => wordIndex(folded, fold(n)))
            .filter((i) => i >= 0)
            .sort((x, y) => x - y)[0] ?? -1,
      }))
      .filter((o) => o.at >= 0)
      .sort((x, y) => x.at - y.at)
      .map((o) => o.name);
  };
  const [a, b] = [order(original), order(translated)];
  if (a.join('\n') !== b.join('\n'))
    return `names ${b.map((n) => `“${n}”`).join(', ') || 'no organisation'} where its original names ${a.map((n) => `“${n}”`).join(', ') || 'none'}, in that order: name the same sources in the same order`;
  return null;
}

/** Where `needle` starts in `text` as whole words, or -1. */
function wordIndex(text: string, needle: string): number {
  const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(needle); at >= 0 && needle.length > 0; at = text.indexOf(needle, at + 1)) {
    if (!(word(needle[0]) && word(text[at - 1])) && !(word(needle.at(-1)) && word(text[at + needle.length]))) return at;
  }
  return -1;
}

const countryNames = new Map<Lang, [string, string][]>();
/** The names, in `lang`, of the countries `text` names in English ("Mexico" → "Mexique"). */
function countriesIn(text: string, lang: Lang): string[] {
  if (!countryNames.has(lang)) {
    const [en, own] = [new Intl.DisplayNames('en', { type: 'region' }), new Intl.DisplayNames(lang, { type: 'region' })];
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const codes = letters.flatMap((a) => letters.map((b) => a + b)).filter((code) => en.of(code) !== code);
    countryNames.set(
      lang,
      codes.map((code) => [fold(en.of(code)!), own.of(code)!]),
    );
  }
  const folded = fold(text);
  return countryNames
    .get(lang)!
    .filter(([en]) => wordIndex(folded, en) >= 0)
    .map(([, name]) => name);
}

/** Every drift of a comparison's translation from its original, field by field (`verdicts.money.finding`, `(body) paragraph 2`), or a missing field. */
export function comparisonDrift(source: TranslationSource, translation: ComparisonTranslation, from: string, to: string): { field: string; message: string }[] {
  const [a, b] = [langOf(from), langOf(to)];
  if (!a || !b) return [];
  const issues: { field: string; message: string }[] = [];
  // A field of our analysis names a person beside a figure only as the one who states it (`of`: whose facts it rests on).
  const field = (name: string, original: string | null, translated: string | null | undefined, of = '') => {
    if (original === null) return;
    if (!translated) return issues.push({ field: name, message: `missing: translate “${original}”` });
    const speakers = source.speakers?.[of];
    const drift = driftOf(original, translated, a, b, source.names, {}, false, source.people) ?? (speakers ? speakerDrift(translated, b, speakers) : null);
    if (drift) issues.push({ field: name, message: drift });
  };
  field('title', source.data.title, translation.title, 'top');
  field('dek', source.data.dek, translation.dek, 'top');
  field('conclusion', source.data.conclusion, translation.conclusion, 'top');
  for (const v of source.data.verdicts) {
    for (const key of ['short', 'finding', 'why'] as const)
      field(`verdicts.${v.dimension}.${key}`, v[key], translation.verdicts[v.dimension]?.[key], v.dimension);
  }
  for (const dimension of Object.keys(translation.verdicts)) {
    if (!source.data.verdicts.some((v) => v.dimension === dimension))
      issues.push({ field: `verdicts.${dimension}`, message: 'the comparison has no verdict on this dimension' });
  }
  if (translation.body.length !== source.body.length) {
    issues.push({
      field: '(body)',
      message: `has ${translation.body.length} paragraphs where the original has ${source.body.length}: translate it paragraph for paragraph`,
    });
  } else {
    source.body.forEach((p, i) => {
      const translated = translation.body[i]!;
      // A blockquote shows the report's words, which are never translated in place.
      if (!isBlockquote(p) && !isBlockquote(translated)) return field(`(body) paragraph ${i + 1}`, p, translated);
      if (fold(p) !== fold(translated))
        issues.push({
          field: `(body) paragraph ${i + 1}`,
          message: isBlockquote(p)
            ? `is the original’s blockquote, the report’s words: copy it exactly as the original paragraph has it (“${p}”)`
            : 'is a blockquote where the original paragraph is not: a blockquote shows the report’s words, so it stands where the original has one, copied as it is',
        });
    });
  }
  return issues;
}

/** A folded word and the words other languages write it as (its `NAME_WORDS` groups). */
function renderings(word: string): string[] {
  return [word, ...NAME_WORDS.filter((group) => group.some((w) => wordsOf(w)[0] === word)).flatMap((group) => group.flatMap((w) => wordsOf(w)))];
}

/**
 * The first word of `name` (articles and prepositions aside) that its local form `local`
 * neither keeps (accents and case folded) nor translates (a common noun of `NAME_WORDS`), or
 * null: "mexicaine" is held as "Mexico" is.
 */
function lostNameWord(name: string, local: string): string | null {
  const kept = new Set(wordsOf(local));
  for (const word of name.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) {
    const [folded] = wordsOf(word);
    if (folded === undefined || FUNCTION_WORDS.has(folded)) continue;
    if (!renderings(folded).some((w) => kept.has(w))) return word;
  }
  return null;
}

/** The first word of the local form `local` that is neither a word of `name`, nor its translation (`NAME_WORDS`), nor an article or preposition, or null. */
function addedNameWord(name: string, local: string): string | null {
  const allowed = new Set(wordsOf(name).flatMap(renderings));
  for (const word of local.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) {
    const [folded] = wordsOf(word);
    if (folded !== undefined && !FUNCTION_WORDS.has(folded) && !allowed.has(folded)) return word;
  }
  return null;
}

/** The length of the shared start that makes two words cognates ("Biblioteca", "Bibliothèque"). */
const COGNATE_START = 5;

/**
 * The first word a gloss of a name or a title (`nameGloss`, `titleGloss`) adds to what it glosses
 * (`originals`: the original gloss, the name or title as the report writes it, and the edition's
 * local names), or null: a capitalised word (an organisation, a person, a place) or a qualifier
 * ("federal", "estadounidense") that is none of theirs, nor their translation (`NAME_WORDS`), nor
 * a cognate of one of their words (the same first letters: "Biblioteca" for "Bibliothèque").
 */
function addedGlossWord(originals: readonly string[], translated: string): string | null {
  const allowed = new Set(originals.flatMap((o) => wordsOf(o)).flatMap(renderings));
  const cognate = (w: string) => w.length >= COGNATE_START && [...allowed].some((a) => a.slice(0, COGNATE_START) === w.slice(0, COGNATE_START));
  for (const word of translated.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) {
    const [folded] = wordsOf(word);
    if (folded === undefined || allowed.has(folded) || FUNCTION_WORDS.has(folded) || !(/^\p{Lu}/u.test(word) || QUALIFIERS.has(folded))) continue;
    if (QUALIFIERS.has(folded) || !cognate(folded)) return word;
  }
  return null;
}

/** The words of a text, folded (accents and case). */
const wordsOf = (text: string): string[] =>
  fold(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Articles and prepositions of a name (`NAME_FUNCTION_WORDS`), folded. */
const FUNCTION_WORDS = new Set(NAME_FUNCTION_WORDS.flatMap((w) => wordsOf(w)));
/** Nationality and level words (`QUALIFIER_WORDS`), folded. */
const QUALIFIERS = new Set(QUALIFIER_WORDS.flatMap((w) => wordsOf(w)));

/** A string field of a record, or null when it has none. */
const textOf = (r: Record<string, unknown> | null, key: string): string | null => (typeof r?.[key] === 'string' && r[key] !== '' ? (r[key] as string) : null);

/**
 * Every drift of an article's translation from the article, field by field
 * (`facts.launch.basis`, `source.notes.2`): a field of ours left out or given other figures,
 * dates, names, people or quoted words than its original (`driftOf`); a passage of a report in another language
 * without our translation (checked against our English gloss, or the passage itself); a gloss
 * where the passage is already in this language; a key the article does not have.
 */
export function articleDrift(
  article: Article,
  translation: z.output<typeof articleTranslationSchema>,
  from: string,
  to: string,
  exonyms: readonly (readonly string[])[] = [],
): { field: string; message: string }[] {
  const [a, b] = [langOf(from), langOf(to)];
  const reportLang = langOf(article.source.language);
  if (!a || !b) return [];
  const names = namesOf(article);
  const people = article.people.map((p) => p.name);
  const issues: { field: string; message: string }[] = [];
  const compare = (name: string, original: string, translated: string, lang: Lang, gloss = false) => {
    const drift = driftOf(original, translated, lang, b, names, translation.names, gloss, people);
    if (drift) issues.push({ field: name, message: drift });
  };
  const field = (name: string, original: string | null, translated: string | null | undefined) => {
    if (original === null) {
      if (translated) issues.push({ field: name, message: 'the original has no such text: remove it' });
      return;
    }
    if (!translated) return issues.push({ field: name, message: `missing: translate “${original}”` });
    compare(name, original, translated, a);
  };
  field('title', article.title, translation.title);
  field('dek', article.dek, translation.dek);
  if (translation.source.notes.length !== article.source.notes.length) {
    issues.push({
      field: 'source.notes',
      message: `has ${translation.source.notes.length} notes where the original has ${article.source.notes.length}: translate them one for one`,
    });
  } else article.source.notes.forEach((note, i) => field(`source.notes.${i + 1}`, note, translation.source.notes[i]));
  if (translation.source.headlineGloss) {
    const [original, lang] = article.source.headlineGloss ? [article.source.headlineGloss, a] : [article.source.headline, reportLang];
    if (lang) compare('source.headlineGloss', original, translation.source.headlineGloss, lang, true);
  }
  for (const [name, local] of Object.entries(translation.names)) {
    if (!names.includes(name))
      issues.push({ field: `names.${name}`, message: 'is no name of the report’s data (its initiative, institutions, people and places)' });
    else if (people.includes(name))
      issues.push({ field: `names.${name}`, message: 'is a person’s name, which every edition shows as the report writes it: remove it' });
    else {
      const exonym = isExonym(exonyms, name, local);
      const lost = exonym ? null : lostNameWord(name, local);
      const added = exonym || lost ? null : addedNameWord(name, local);
      if (lost)
        issues.push({
          field: `names.${name}`,
          message: `drops “${lost}” of the name: a name’s local form keeps each word of the name (accents and case aside), and translates only a common noun (“Mexico City”: “Ciudad de México”)`,
        });
      if (added)
        issues.push({
          field: `names.${name}`,
          message: `adds “${added}” to the name: a name’s local form gives the name’s words, translated only where a common noun is (“Mexico City”: “Ciudad de México”), with articles and prepositions, or a standard exonym listed in site.yaml`,
        });
    }
  }
  const glossNeeded = !sameLanguage(article.source.language, to);
  const facts = factsOf(article);
  for (const fact of facts) {
    const original = recordOf(article, fact);
    const own = translation.facts[fact.id];
    const at = `facts.${fact.id}`;
    for (const key of OUR_WORDS) field(`${at}.${key}`, textOf(original, key), own?.[key]);
    const readings = (original?.readings ?? {}) as Record<string, string | undefined>;
    for (const key of READING_KEYS) field(`${at}.readings.${key}`, readings[key] ?? null, own?.readings?.[key]);
    const checks = (original?.checks ?? []) as { reference: string; aspect: string; says: string; finding: string | null }[];
    for (const check of checks) {
      const key = checkKey(check);
      field(`${at}.checks.${key}.says`, check.says, own?.checks?.[key]?.says);
      field(`${at}.checks.${key}.finding`, check.finding, own?.checks?.[key]?.finding);
    }
    for (const key of Object.keys(own?.checks ?? {})) {
      if (!checks.some((c) => checkKey(c) === key))
        issues.push({ field: `${at}.checks.${key}`, message: 'the claim has no check of this reference and aspect' });
    }
    for (const key of NAME_GLOSSES) {
      const translated = own?.[key];
      if (!translated) continue;
      const glossed = textOf(original, key);
      if (glossed === null) {
        issues.push({ field: `${at}.${key}`, message: 'the original gives no such gloss: remove it' });
        continue;
      }
      const glossedOf = [glossed, textOf(original, key === 'nameGloss' ? 'name' : 'title') ?? '', ...Object.values(translation.names)];
      const added = addedGlossWord(glossedOf, translated);
      if (added)
        issues.push({
          field: `${at}.${key}`,
          message: `adds “${added}”, which its original “${glossed}” does not give: a gloss of a name or a title translates it, and names no organisation, person or place and gives no nationality or level its original does not`,
        });
      else compare(`${at}.${key}`, glossed, translated, a, true);
    }
    const ourGloss = textOf(original, 'gloss');
    if (!glossNeeded) {
      if (own?.gloss) issues.push({ field: `${at}.gloss`, message: `the passage is in ${to} already: this edition shows it without a gloss` });
    } else if (!own?.gloss) {
      issues.push({ field: `${at}.gloss`, message: `missing: the report is not in ${to}; translate the passage “${fact.evidence}”` });
    } else if (ourGloss) compare(`${at}.gloss`, ourGloss, own.gloss, a, true);
    else if (reportLang) compare(`${at}.gloss`, fact.evidence, own.gloss, reportLang, true);
  }
  for (const id of Object.keys(translation.facts)) {
    if (!facts.some((f) => f.id === id)) issues.push({ field: `facts.${id}`, message: 'the article has no fact with this id' });
  }
  return issues;
}

/**
 * An article's data as `lang`'s edition shows it: our words and glosses in our translation where
 * it is written, and the names of its data as the language writes them (`names`: "Lisbon Film
 * Lab" is "Labo de cinéma de Lisbonne"; a proper name the translation does not list stays as written).
 */
export function localizeArticle(article: Article, translation: Translation | undefined): Article {
  if (!translation || !('facts' in translation)) return article;
  const localized = <T extends { id?: string; name?: string; readings?: object; checks?: { reference: string; aspect: string }[] }>(fact: T, id: string): T => {
    const own = translation.facts[id] ?? {};
    const name = fact.name !== undefined ? translation.names[fact.name] : undefined;
    const words = Object.fromEntries(OUR_WORDS.filter((key) => key in fact).map((key) => [key, own[key] ?? null]));
    const glosses = Object.fromEntries((['gloss', ...NAME_GLOSSES] as const).filter((key) => key in fact).map((key) => [key, own[key] ?? null]));
    return {
      ...fact,
      ...(name ? { name } : {}),
      ...words,
      ...glosses,
      ...(fact.readings ? { readings: { ...fact.readings, ...own.readings } } : {}),
      ...(fact.checks ? { checks: fact.checks.map((c) => ({ ...c, ...own.checks?.[checkKey(c)] })) } : {}),
    };
  };
  return {
    ...article,
    title: translation.title,
    dek: translation.dek,
    source: { ...article.source, notes: translation.source.notes, headlineGloss: translation.source.headlineGloss ?? null },
    initiative: localized(article.initiative, INITIATIVE_ID),
    ...Object.fromEntries(FACT_LISTS.map((list) => [list, (article[list] as { id: string }[]).map((fact) => localized(fact, fact.id))])),
  };
}

export interface TranslationIssue {
  file: string;
  field: string;
  message: string;
}

/** Every edition's translation state, by language then `<kind>/<id>`. */
export type Translations = Map<string, Map<string, Translation>>;

/**
 * The translations of every article, comparison, reference and rate into every language but the
 * default, from the files found (`files`: path → parsed data and body, or why it could not be
 * read), or every problem: a file missing, a file for nothing of `ids`, a field the schema
 * refuses, a translated field that drifted from its original (`sources`: each comparison as
 * written; `articles`: each article as written; `cited`: each reference and rate as written).
 */
export function checkTranslations(
  files: Map<string, { data: unknown; body?: string } | { field: string; message: string }>,
  locales: readonly string[],
  ids: Partial<Record<TranslatedKind, readonly string[]>>,
  sources: Map<string, TranslationSource> = new Map(),
  articles: Map<string, Article> = new Map(),
  cited: { references?: Map<string, Reference>; rates?: Map<string, Rate> } = {},
  exonyms: readonly (readonly string[])[] = [],
): { translations: Translations; issues: TranslationIssue[] } {
  const issues: TranslationIssue[] = [];
  const translations: Translations = new Map();
  const expected = new Set<string>();
  const [from] = locales;
  // A reference or a rate may name anything the reports' data names (a place, a programme, a person).
  const allNames = [...new Set([...articles.values()].flatMap(namesOf))];
  const people = [...new Set([...articles.values()].flatMap((a) => a.people.map((p) => p.name)))];
  // Who a figure may come from: the reports' institutions and the references' publishers.
  const organisations = [
    ...new Set([
      ...[...articles.values()].flatMap((a) => a.institutions.map((i) => i.name)),
      ...[...(cited.references?.values() ?? [])].map((r) => r.publisher),
    ]),
  ];
  for (const lang of locales.slice(1)) {
    const own = new Map<string, Translation>();
    translations.set(lang, own);
    const localNames: Record<string, string> = {};
    for (const kind of Object.keys(TRANSLATED) as TranslatedKind[]) {
      for (const id of ids[kind] ?? []) {
        const file = translationFile(lang, kind, id);
        expected.add(file);
        const found = files.get(file);
        const neverPending = NEVER_PENDING.includes(kind);
        if (!found) {
          issues.push({
            file,
            field: '(file)',
            message: neverPending
              ? `missing: translate the words of ours that ${kind}/${id} shows readers into ${lang}`
              : `missing: translate our analysis of ${kind}/${id} into ${lang}, or write “pending: true” to show it untranslated meanwhile`,
          });
          continue;
        }
        if ('message' in found) {
          issues.push({ file, field: found.field, message: found.message });
          continue;
        }
        const isPending = typeof found.data === 'object' && found.data !== null && 'pending' in found.data;
        if (isPending && neverPending) {
          issues.push({
            file,
            field: 'pending',
            message: `${kind} are translated when they are added (a line or two every page citing them shows): write the translated fields`,
          });
          continue;
        }
        const schema: z.ZodType<Translation | z.output<typeof articleTranslationSchema> | z.output<typeof comparisonTranslationSchema>> = isPending
          ? pendingSchema
          : SCHEMAS[kind];
        const parsed = schema.safeParse(found.data);
        if (!parsed.success) {
          for (const i of parsed.error.issues) issues.push({ file, field: i.path.join('.') || '(frontmatter)', message: i.message });
          continue;
        }
        if ('pending' in parsed.data) {
          own.set(`${kind}/${id}`, parsed.data);
          continue;
        }
        if (kind === 'references' || kind === 'rates') {
          const reference = kind === 'references' ? cited.references?.get(id) : undefined;
          const rate = kind === 'rates' ? cited.rates?.get(id) : undefined;
          const data = parsed.data as ReferenceTranslation | RateTranslation;
          const pairs: [string, string | null, string | undefined][] = reference
            ? [
                ['label', reference.label, (data as ReferenceTranslation).label],
                ['dateNote', reference.dateNote, (data as ReferenceTranslation).dateNote],
              ]
            : rate
              ? [
                  ['kind', rate.kind, (data as RateTranslation).kind],
                  ['why', rate.why, (data as RateTranslation).why],
                ]
              : [];
          const names = reference ? [reference.publisher, ...allNames] : allNames;
          const drift = from ? wordsDrift(pairs, from, lang, names, localNames, { people, organisations }) : [];
          issues.push(...drift.map((d) => ({ file, ...d })));
          if (drift.length === 0) own.set(`${kind}/${id}`, data);
          continue;
        }
        if (kind === 'articles') {
          const data = parsed.data as z.output<typeof articleTranslationSchema>;
          Object.assign(localNames, data.names);
          const article = articles.get(id);
          const drift = article && from ? articleDrift(article, data, from, lang, exonyms) : [];
          issues.push(...drift.map((d) => ({ file, ...d })));
          if (drift.length === 0) own.set(`${kind}/${id}`, { ...data, kind: 'article' });
          continue;
        }
        const translation: ComparisonTranslation = { ...(parsed.data as z.output<typeof comparisonTranslationSchema>), body: paragraphsOf(found.body ?? '') };
        const source = sources.get(id);
        const lines = translatedBodyIssues(found.body ?? '');
        const drift = lines.length > 0 ? lines : source && from ? comparisonDrift(source, translation, from, lang) : [];
        issues.push(...drift.map((d) => ({ file, ...d })));
        if (drift.length === 0) own.set(`${kind}/${id}`, translation);
      }
    }
  }
  for (const file of files.keys()) {
    if (!expected.has(file))
      issues.push({
        file,
        field: '(file name)',
        message: 'translates no article, comparison, reference or rate of an edition in site.yaml’s locales: rename or remove it',
      });
  }
  return { translations, issues };
}

const SCHEMAS = {
  articles: articleTranslationSchema,
  comparisons: comparisonTranslationSchema,
  references: referenceTranslationSchema,
  rates: rateTranslationSchema,
} as const;

/** The fields that say where a figure comes from: a reference's `label`, a rate's `kind`. */
const PROVENANCE = new Set(['label', 'kind']);

/**
 * Every drift of short translated fields from their originals (`[field, original, translated]`):
 * a field left out, one the original does not have, or other figures, dates, names, people or
 * quoted words than its original (a reference's `label` and `dateNote`, a rate's `kind` and
 * `why`); a `label` or `kind` that names an organisation or a capitalised name its original does
 * not, or the organisations in another order (`provenanceDrift`).
 */
export function wordsDrift(
  pairs: readonly [string, string | null, string | undefined][],
  from: string,
  to: string,
  names: readonly string[],
  localNames: Readonly<Record<string, string>> = {},
  sources: { people?: readonly string[]; organisations?: readonly string[] } = {},
): { field: string; message: string }[] {
  const [a, b] = [langOf(from), langOf(to)];
  if (!a || !b) return [];
  return pairs.flatMap(([field, original, translated]) => {
    if (original === null) return translated ? [{ field, message: 'the original has no such text: remove it' }] : [];
    if (!translated) return [{ field, message: `missing: translate “${original}”` }];
    const drift =
      driftOf(original, translated, a, b, names, localNames, false, sources.people) ??
      (PROVENANCE.has(field) ? provenanceDrift(original, translated, b, sources.organisations ?? [], localNames) : null);
    return drift ? [{ field, message: drift }] : [];
  });
}

/** A reference as `lang`'s edition shows it: how we name it and our note on its date in our translation. */
export function localizeReference(reference: Reference, translation: Translation | undefined): Reference {
  if (!translation || !('label' in translation)) return reference;
  return { ...reference, label: translation.label, dateNote: translation.dateNote ?? null };
}

/** A rate as `lang`'s edition shows it: its kind and why we chose it in our translation. */
export function localizeRate(rate: Rate, translation: Translation | undefined): Rate {
  if (!translation || !('why' in translation)) return rate;
  return { ...rate, kind: translation.kind, why: translation.why };
}

/** True when `lang`'s edition shows `kind`/`id` untranslated (its translation marked pending). */
export function analysisPending(translations: Translations, lang: string, kind: TranslatedKind, id: string): boolean {
  const t = translations.get(lang)?.get(`${kind}/${id}`);
  return t !== undefined && 'pending' in t;
}

/** A comparison's data as `lang`'s edition shows it: our translation of its words where there is one. */
export function localizeComparison<T extends Pick<Comparison, 'title' | 'verdicts'> & Partial<Pick<Comparison, 'dek' | 'conclusion'>>>(
  data: T,
  translation: Translation | undefined,
): T {
  if (!translation || !('verdicts' in translation)) return data;
  return {
    ...data,
    title: translation.title,
    ...('dek' in data ? { dek: translation.dek } : {}),
    ...('conclusion' in data ? { conclusion: translation.conclusion } : {}),
    verdicts: data.verdicts.map((v) => ({ ...v, ...translation.verdicts[v.dimension] })),
  };
}

/**
 * Names as the reports' data writes them: the initiative, institutions, people and places. A
 * country is left out: each language names it its own way (France, Francia), as the site does.
 */
export function namesOf(article: Article): string[] {
  return [
    article.initiative.name,
    ...article.institutions.map((i) => i.name),
    ...article.people.map((p) => p.name),
    ...article.locations.filter((l) => l.kind !== 'country').map((l) => l.name),
  ];
}

/** Each comparison as written, what its translations are checked against. */
export function translationSources(valid: {
  articles: Map<string, { data: Article }>;
  comparisons: Map<string, { file: { body?: string }; data: Comparison }>;
}): Map<string, TranslationSource> {
  return new Map(
    [...valid.comparisons].map(([id, { file, data }]) => [
      id,
      {
        data,
        body: paragraphsOf(file.body ?? ''),
        names: data.articles.flatMap((id) => {
          const article = valid.articles.get(id)?.data;
          return article ? namesOf(article) : [];
        }),
        people: data.articles.flatMap((id) => valid.articles.get(id)?.data.people.map((p) => p.name) ?? []),
        speakers: speakersOf(data, valid.articles),
      },
    ]),
  );
}

/** Who may be named beside a figure in a comparison's title, dek and conclusion (`top`) and in each verdict. */
function speakersOf(data: Comparison, articles: Map<string, { data: Article }>): Record<string, FigureSpeakers> {
  const pairs = data.articles.flatMap((id) => {
    const article = articles.get(id)?.data;
    return article ? [[id, article] as const] : [];
  });
  return Object.fromEntries([
    ['top', figureSpeakers(pairs, data.restsOn.facts)],
    ...data.verdicts.map((v) => [v.dimension, figureSpeakers(pairs, v.restsOn.facts)] as const),
  ]);
}
