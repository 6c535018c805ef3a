/**
 * The content check: validates every content file against its schema, proves every evidence
 * passage states what we show of its fact and is in its article's body, and resolves every
 * reference between collections.
 * Pure: takes parsed files, returns errors naming the file, the field path and the reason.
 */
import type { z } from 'zod';
import { scales } from '../schemas/amount.ts';
import { articleSchema, type Article } from '../schemas/article.ts';
import { comparisonSchema, type Comparison } from '../schemas/comparison.ts';
import { correctionSchema, type Correction } from '../schemas/correction.ts';
import { rateSchema, type Rate } from '../schemas/rate.ts';
import { referenceSchema, type Reference } from '../schemas/reference.ts';
import { parseAndCheckBody } from './body-check.ts';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { blocksWithLang, type LangBlock } from './body-text.ts';
import { LIMITS } from './check/limits.ts';
import type { SiteTexts } from './i18n.ts';
import { locatedIssues } from './check/located.ts';
import { englishNumber, numberSpans, parseNumberAt } from './check/numbers.ts';
import { figureDrift, figuresIn } from './check/mentions.ts';
import { langOf, tokenize, Vocabulary, type Lang } from './check/tokens.ts';
import { anchorsByFact, describeMiss, evidenceSegments, locateEvidence } from './evidence.ts';
import { containsWords, evidenceValueIssues, findQuote, fold, quotedSpans, quotedWordIssues, wordsIn } from './evidence-values.ts';
import { needsGloss } from './fact-view.ts';
import { factsOf, glossOf, recordOf, type FactRef } from './facts.ts';
import { checkGrounding } from './grounding.ts';
import { findRate } from './money.ts';
import { dateSpan, partialDate } from './partial-date.ts';
import type { BodyBlock } from './prose-check.ts';
import { sha256, type ArticleCheck } from './trust/verification.ts';
import { lookalikeQuoteIn, mixedScriptIn } from './text-rules.ts';

import { COLLECTIONS, type CollectionName } from './collections.ts';

export { COLLECTIONS, type CollectionName };

/** Collections that must hold at least one entry for the site to mean anything. */
export const REQUIRED_COLLECTIONS: CollectionName[] = ['articles', 'comparisons'];

export interface ContentFile {
  collection: CollectionName;
  /** Path shown in errors, relative to the project, e.g. `content/articles/riverside-lab.mdx`. */
  path: string;
  /** Entry id: the file name without extension. */
  id: string;
  /** Parsed frontmatter (MDX) or document (YAML). */
  data: unknown;
  /** MDX body, for articles and comparisons. */
  body?: string;
  /** Line of the file on which the body starts (1-based), so body errors name the file's line. */
  bodyLine?: number;
}

export interface ContentError {
  file: string;
  /** Dotted field path (`amounts.0.evidence`), `line <n>` in a body, or `(file)` / `(body)` / `(frontmatter)`. */
  field: string;
  message: string;
}

export function formatError(e: ContentError): string {
  return `${e.file} → ${e.field}: ${e.message}`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A check that threw on a file (a defect of the check) still names the file, never only a stack. */
function unexpected(file: ContentFile, error: unknown): ContentError {
  return {
    file: file.path,
    field: '(file)',
    message: `the content check failed on this file (${error instanceof Error ? error.message : String(error)}): please report it, with the file`,
  };
}

function zodErrors(file: string, error: z.ZodError): ContentError[] {
  const field = (path: PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '(frontmatter)');
  return error.issues.flatMap((issue) => {
    // One error per unknown key, at the key itself (the message holds one part per key).
    if (issue.code === 'unrecognized_keys') {
      const parts = issue.message.split('; ');
      return issue.keys.map((key, i) => ({
        file,
        field: field([...issue.path, key]),
        message: parts.length === issue.keys.length ? parts[i]! : issue.message,
      }));
    }
    return [
      { file, field: field(issue.path), message: /received undefined$/.test(issue.message) ? `required field is missing (${issue.message})` : issue.message },
    ];
  });
}

/** The entries that passed their schema, parsed, by id. */
export interface Valid {
  articles: Map<string, { file: ContentFile; data: Article }>;
  comparisons: Map<string, { file: ContentFile; data: Comparison }>;
  rates: Map<string, { file: ContentFile; data: Rate }>;
  references: Map<string, { file: ContentFile; data: Reference }>;
  corrections: Map<string, { file: ContentFile; data: Correction }>;
}

/**
 * Everything but the bodies: collections, file names, schemas and references. Cheap next to
 * `checkBodies`, so a build can start work that needs only valid data (the link cards) first.
 * With `today` (the build day, `YYYY-MM-DD`), also refuses what cannot have happened yet
 * (`checkClock`).
 */
/**
 * `analysisLang`: the language our own analysis is written in (the default edition's, the first
 * of site.yaml's locales): a report in another language needs our translation of each passage.
 */
export function checkedData(files: ContentFile[], today?: string, analysisLang = 'en'): { errors: ContentError[]; valid: Valid } {
  const errors: ContentError[] = [];
  const valid: Valid = { articles: new Map(), comparisons: new Map(), rates: new Map(), references: new Map(), corrections: new Map() };
  const ids = new Map<string, string>();

  for (const collection of REQUIRED_COLLECTIONS) {
    if (!files.some((f) => f.collection === collection)) {
      errors.push({ file: `content/${collection}/`, field: '(collection)', message: `the "${collection}" collection is empty: add at least one entry` });
    }
  }

  for (const file of files) {
    try {
      const key = `${file.collection}/${file.id}`;
      if (!SLUG.test(file.id)) {
        errors.push({ file: file.path, field: '(file name)', message: `"${file.id}" is not a lower-case slug: rename the file (a-z, 0-9, single hyphens)` });
      }
      if (ids.has(key)) errors.push({ file: file.path, field: '(file name)', message: `duplicate id "${file.id}" (also ${ids.get(key)})` });
      ids.set(key, file.path);

      if (file.collection === 'articles') {
        const facts = factsOf(file.data).length;
        if (facts > LIMITS.facts) {
          errors.push({
            file: file.path,
            field: '(frontmatter)',
            message: `the article has ${facts} facts: at most ${LIMITS.facts} (a report holds a few dozen)`,
          });
          continue;
        }
        const parsed = articleSchema.safeParse(file.data);
        if (!parsed.success) errors.push(...zodErrors(file.path, parsed.error));
        else {
          valid.articles.set(file.id, { file, data: parsed.data });
          errors.push(...evidenceValueIssues(parsed.data).map((issue) => ({ file: file.path, ...issue })));
          errors.push(...missingGlosses(parsed.data, analysisLang).map((issue) => ({ file: file.path, ...issue })));
          errors.push(...glossNumberIssues(parsed.data, analysisLang).map((issue) => ({ file: file.path, ...issue })));
        }
      } else if (file.collection === 'comparisons') {
        const parsed = comparisonSchema.safeParse(file.data);
        if (!parsed.success) errors.push(...zodErrors(file.path, parsed.error));
        else valid.comparisons.set(file.id, { file, data: parsed.data });
      } else if (file.collection === 'rates') {
        const parsed = rateSchema.safeParse(file.data);
        if (!parsed.success) errors.push(...zodErrors(file.path, parsed.error));
        else valid.rates.set(file.id, { file, data: parsed.data });
      } else if (file.collection === 'corrections') {
        const parsed = correctionSchema.safeParse(file.data);
        if (!parsed.success) errors.push(...zodErrors(file.path, parsed.error));
        else valid.corrections.set(file.id, { file, data: parsed.data });
      } else {
        const parsed = referenceSchema.safeParse(file.data);
        if (!parsed.success) errors.push(...zodErrors(file.path, parsed.error));
        else valid.references.set(file.id, { file, data: parsed.data });
      }
    } catch (error) {
      errors.push(unexpected(file, error));
    }
  }

  errors.push(...checkReferences(valid), ...checkGrounding(valid), ...(today ? checkClock(valid, today) : []));
  return { errors, valid };
}

/**
 * Passages in another language than our analysis's reach its readers only with our translation
 * beside them: every fact of such a report needs a `gloss` in `analysisLang`.
 */
export function missingGlosses(article: Article, analysisLang: string): { field: string; message: string }[] {
  const lang = article.source.language;
  if (!needsGloss(lang, analysisLang)) return [];
  return factsOf(article)
    .filter((fact) => glossOf(article, fact) === null)
    .map((fact) => ({ field: `${fact.path}.gloss`, message: `the report is in ${lang}: add our translation of the evidence into ${analysisLang}` }));
}

/**
 * Our translation says what the passage says, figures included: a gloss gives the figures and
 * dates its passage gives, in order, each with its hedge, currency, unit and period
 * (`check/mentions.ts`: "trois millions de pesos" is not "thirty million pesos" nor "three million
 * US dollars"). Passages are read in the report's language (English, French or Spanish; others
 * are not read), glosses in our analysis's.
 */
export function glossNumberIssues(article: Article, analysisLang: string): { field: string; message: string }[] {
  const lang = langOf(article.source.language);
  const ours = langOf(analysisLang);
  if (lang === null || ours === null || !needsGloss(article.source.language, analysisLang)) return [];
  return factsOf(article).flatMap((fact) => {
    const gloss = glossOf(article, fact);
    const evidence = (recordOf(article, fact) as { evidence?: string } | null)?.evidence;
    if (gloss === null || typeof evidence !== 'string') return [];
    const drift =
      figureDrift(figuresIn(evidence, lang, { weekdays: true }), figuresIn(gloss, ours, { weekdays: true }), 'the passage', ours) ??
      peopleDrift(article, evidence, gloss);
    return drift ? [{ field: `${fact.path}.gloss`, message: `our translation ${drift}` }] : [];
  });
}

/** Why a gloss names other people than its passage (a person of the article, by full name or surname), or null. */
function peopleDrift(article: Article, passage: string, gloss: string): string | null {
  const [inPassage, inGloss] = [wordsIn(passage), wordsIn(gloss)];
  for (const { name } of article.people) {
    const surname = name.split(/\s+/).at(-1)!;
    const forms = surname === name ? [name] : [name, surname];
    if (forms.some(inPassage) !== forms.some(inGloss))
      return forms.some(inGloss)
        ? `names “${name}”, whom the passage does not name: a translation names the people its passage names, no others`
        : `drops “${name}”, whom the passage names: a translation names the people its passage names, no others`;
  }
  return null;
}

/** Article id → (fact id → `id` of the highlighted passage the fact links to). */
export type EvidenceAnchors = Map<string, Map<string, string>>;

/** Article id → what the check proved of its body: its hash as stored and the passages found (the verification record's source). */
export type ArticleChecks = Map<string, ArticleCheck>;

/**
 * Proves every body is plain text (no code, no markup outside the allowlist), every article's
 * evidence passages are in its body, and words quoted in our own text are in the reports' bodies.
 * Parses every body: the costly part. Returns, beside the errors, the evidence anchors of every
 * article whose passages were all found: the anchors its page links to, as the highlighter
 * places them in the rendered body (`rehype-evidence`, from the same located passages), and
 * what it proved of each article's body (`checks`).
 */
export function checkBodies(
  files: ContentFile[],
  articles?: Map<string, { data: Article }>,
): {
  errors: ContentError[];
  anchors: EvidenceAnchors;
  checks: ArticleChecks;
  articleBodies: Map<string, string[]>;
  comparisonBodies: Map<string, BodyBlock[]>;
} {
  const bodies = new Map<string, string[]>();
  // Folded once per article: its own quotes and every comparison of it search them.
  const folded = new Map<string, string[]>();
  const foldedOf = (id: string) => {
    if (!folded.has(id)) folded.set(id, (bodies.get(id) ?? []).map(fold));
    return folded.get(id)!;
  };
  const anchors: EvidenceAnchors = new Map();
  const checks: ArticleChecks = new Map();
  const comparisons: { file: ContentFile; blocks: string[]; quotes: { paragraphs: string[]; line: number }[] }[] = [];
  const comparisonBodies = new Map<string, BodyBlock[]>();
  const errors = files
    .filter((file) => file.body !== undefined)
    .flatMap((file) => {
      try {
        const { tree, problems } = parseAndCheckBody(file.body!);
        const errors = problems.map((p) => ({
          file: file.path,
          field: p.line === 0 ? '(body)' : `line ${p.line + (file.bodyLine ?? 1) - 1}`,
          message: p.message,
        }));
        if (!tree) return errors;
        if (file.collection === 'comparisons') {
          const blocks = blocksWithLang(tree);
          // Inline code in our analysis sets words apart as a quotation does: it is held to the reports too.
          const code: string[] = [];
          visit(tree, 'inlineCode', (node) => {
            code.push(`\`${node.value}\``);
          });
          // A blockquote shows the report's words, marks or not, inner quotations included (`blockquoteIssues`).
          const quotes: { paragraphs: string[]; line: number }[] = [];
          visit(tree, 'blockquote', (node) => {
            const paragraphs = node.children.map((child) => toString(child).replace(/\s+/g, ' ').trim()).filter((text) => text.length > 0);
            if (paragraphs.length > 0) quotes.push({ paragraphs, line: (node.position?.start.line ?? 1) + (file.bodyLine ?? 1) - 1 });
          });
          // Our analysis: no look-alike letters or quotation marks, as in every field of ours.
          for (const b of blocks) {
            const problem = mixedScriptIn(b.text) ?? lookalikeQuoteIn(b.text);
            if (problem) errors.push({ file: file.path, field: `line ${b.line + (file.bodyLine ?? 1) - 1}`, message: `the text ${problem}` });
          }
          comparisons.push({ file, blocks: [...blocks.map((b) => b.text), ...code], quotes });
          comparisonBodies.set(
            file.id,
            blocks.map((b) => ({ text: b.text, line: b.line + (file.bodyLine ?? 1) - 1 })),
          );
        }
        if (file.collection !== 'articles') return errors;
        if (factsOf(file.data).length > LIMITS.facts) return errors;
        const article = articles ? articles.get(file.id)?.data : articleSchema.safeParse(file.data).data;
        return [...errors, ...checkEvidence(file, blocksWithLang(tree), bodies, anchors, checks, article, () => foldedOf(file.id))];
      } catch (error) {
        return [unexpected(file, error)];
      }
    });
  for (const { file, blocks, quotes } of comparisons) {
    try {
      errors.push(...checkComparisonQuotes(file, blocks, bodies, foldedOf), ...blockquoteIssues(file, quotes, foldedOf));
    } catch (error) {
      errors.push(unexpected(file, error));
    }
  }
  return { errors, anchors, checks, articleBodies: bodies, comparisonBodies };
}

/** Words the catalogues' site texts and a rate's reason (`why`) put in quotation marks are in some report's body. */
export function copyQuoteIssues(site: SiteTexts[], rates: Valid['rates'], articleBodies: Map<string, string[]>): ContentError[] {
  const sources = [...articleBodies.values()].flat();
  // Folded once, and only when some text quotes words.
  let folded: string[] | undefined;
  const issues = (data: unknown) => quotedWordIssues(data, sources, [], 'the text of any report', () => (folded ??= sources.map(fold)));
  return [
    ...site.flatMap(({ file, texts }) => issues(Object.fromEntries(texts)).map((issue) => ({ file, ...issue }))),
    ...[...rates.values()].flatMap(({ file, data }) => issues({ why: data.why }).map((issue) => ({ file: file.path, ...issue }))),
  ];
}

/**
 * Checks an article's passages and quoted words against its body's blocks; keeps the blocks in
 * `bodies`, when every passage is found the fact → anchor map in `anchors`, and in `checks` the
 * body's hash and how many passages were found. With the article's validated data, also proves
 * each located passage states its fact (`locatedIssues`).
 */
function checkEvidence(
  file: ContentFile,
  langBlocks: LangBlock[],
  bodies: Map<string, string[]>,
  anchors: EvidenceAnchors,
  checks: ArticleChecks,
  article: Article | undefined,
  folded: () => string[],
): ContentError[] {
  const blocks = langBlocks.map((b) => b.text);
  bodies.set(file.id, blocks);
  const facts = factsOf(file.data);
  const { matches, misses } = locateEvidence(blocks, facts);
  if (misses.length === 0) anchors.set(file.id, anchorsByFact(evidenceSegments(matches)));
  checks.set(file.id, { bodySha256: sha256(file.body!), passages: { found: matches.length, total: facts.length } });
  const byId = new Map(facts.map((f) => [f.id, f.path]));
  return [
    ...misses.map((miss) => ({ file: file.path, field: `${byId.get(miss.id)}.evidence`, message: describeMiss(miss) })),
    ...quotedWordIssues(file.data, blocks, [], undefined, folded).map((issue) => ({ file: file.path, ...issue })),
    ...speakerWordIssues(file, facts, matches, blocks),
    ...(article ? saysNumberIssues(article).map((issue) => ({ file: file.path, ...issue })) : []),
    ...(article ? locatedIssues(article, langBlocks, matches).map((issue) => ({ file: file.path, ...issue })) : []),
  ];
}

/**
 * Numbers a claim check quotes from its source where it finds the claim's value agrees
 * (`says: "Gives “nearly three million pesos”…"`) are values of the amounts the claim covers:
 * the quote cannot make another source confirm another figure. The quote is read in English,
 * French and Spanish (a source's language is not the report's); any reading that gives only the
 * covered values will do. The rest of `says` is our paraphrase of a source we do not hold.
 */
function saysNumberIssues(article: Article): { field: string; message: string }[] {
  const values = new Map(article.amounts.map((a) => [a.id, a.value * scales[a.scale]]));
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const read = (quote: string, lang: Lang) => {
    const tokens = tokenize(quote);
    return numberSpans(quote, tokens, lang).flatMap(([start]) => {
      const n = parseNumberAt(quote, tokens, start, lang, true);
      return n && !('error' in n) ? [n.total] : [];
    });
  };
  return article.claims.flatMap((claim, c) => {
    const covered = claim.covers.flatMap((id) => (values.has(id) ? [values.get(id)!] : []));
    return claim.checks.flatMap((check, k) => {
      if (check.aspect !== 'value' || check.finds !== 'agrees') return [];
      return quotedSpans(check.says).flatMap((quote) => {
        const readings = (['en', 'fr', 'es'] as const).map((lang) => read(quote, lang)).filter((numbers) => numbers.length > 0);
        if (readings.length === 0 || readings.some((numbers) => numbers.every((n) => covered.some((v) => close(n, v))))) return [];
        return [
          {
            field: `claims.${c}.checks.${k}.says`,
            message: `“${quote}” gives ${readings[0]!.map(englishNumber).join(', ')}, which is not a value of the amounts this claim covers (${covered.length > 0 ? covered.map(englishNumber).join(', ') : 'it covers none'}): a source that agrees on the value quotes that value`,
          },
        ];
      });
    });
  });
}

/**
 * Words a correction's `corrected` text puts in quotation marks are in the text of the page it
 * corrects: its article's body, or either compared article's. (`wrong` quotes our own earlier words.)
 */
export function correctionQuoteIssues({ corrections, comparisons }: Valid, articleBodies: Map<string, string[]>): ContentError[] {
  return [...corrections.values()].flatMap(({ file, data }) => {
    const ids = data.page.kind === 'article' ? [data.page.id] : (comparisons.get(data.page.id)?.data.articles ?? []);
    const sources = ids.flatMap((id) => articleBodies.get(id) ?? []);
    if (sources.length === 0) return [];
    return quotedWordIssues({ corrected: data.corrected }, sources, [], 'the text of the page it corrects').map((issue) => ({ file: file.path, ...issue }));
  });
}

/** The words we show for an unnamed speaker (“elle” in the text) are in the paragraph of the passage they introduce. */
function speakerWordIssues(file: ContentFile, facts: FactRef[], matches: { id: string; block: number }[], blocks: string[]): ContentError[] {
  return facts.flatMap((fact) => {
    const words = recordOf(file.data, fact)?.speakerWords;
    const match = matches.find((m) => m.id === fact.id);
    if (typeof words !== 'string' || !match || containsWords(blocks[match.block]!, words)) return [];
    return [
      {
        file: file.path,
        field: `${fact.path}.speakerWords`,
        message: `"${words}" is shown in quotation marks as the text's word for the speaker, but it is not in the paragraph of this fact's evidence`,
      },
    ];
  });
}

/** Words a comparison quotes (frontmatter or body) must be in one of the two compared articles' bodies. */
function checkComparisonQuotes(file: ContentFile, blocks: string[], bodies: Map<string, string[]>, foldedOf: (id: string) => string[]): ContentError[] {
  const ids = (file.data as { articles?: unknown } | null)?.articles;
  const compared = Array.isArray(ids) ? ids.map(String).filter((id) => bodies.has(id)) : [];
  const sources = compared.flatMap((id) => bodies.get(id)!);
  if (sources.length === 0) return [];
  return quotedWordIssues(file.data, sources, blocks, 'the text of either compared report', () => compared.flatMap(foldedOf)).map((issue) => ({
    file: file.path,
    ...issue,
  }));
}

/** A paragraph of a blockquote that only marks a cut between two passages. */
const CUT_PARAGRAPH = /^(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/;

/**
 * A comparison's blockquotes are the report's words whole: each paragraph, its inner quotations
 * included, is in one compared report's text, its cuts ("…") dropping no negation, hedge or
 * projection; and the consecutive paragraphs of one blockquote are consecutive in one report (the
 * next starts where the previous ends, in its block or at the start of the next), unless a
 * paragraph that is only "…" stands between them.
 */
function blockquoteIssues(file: ContentFile, quotes: { paragraphs: string[]; line: number }[], foldedOf: (id: string) => string[]): ContentError[] {
  const ids = (file.data as { articles?: unknown } | null)?.articles;
  const reports = (Array.isArray(ids) ? ids.map(String) : []).map(foldedOf).filter((blocks) => blocks.length > 0);
  if (reports.length === 0) return [];
  // Each paragraph is looked for in both reports' text: their number bounds the work, as for quotations.
  const count = quotes.reduce((n, q) => n + q.paragraphs.length, 0);
  if (count > LIMITS.quotations) return [{ file: file.path, field: '(body)', message: `holds ${count} blockquote paragraphs: at most ${LIMITS.quotations}` }];
  const errors: ContentError[] = [];
  const where = 'the text of either compared report';
  for (const { paragraphs, line } of quotes) {
    const field = `line ${line}`;
    // Runs of paragraphs that must be one passage: split where a paragraph is only "…".
    const runs: string[][] = [[]];
    for (const p of paragraphs) {
      if (CUT_PARAGRAPH.test(p)) runs.push([]);
      else runs.at(-1)!.push(p);
    }
    for (const run of runs.filter((r) => r.length > 0)) {
      let dropped: string | null = null;
      // Each paragraph alone: in some block of some report, with clean cuts.
      const alone = run.map((p) => {
        for (const blocks of reports)
          for (const block of blocks) {
            const found = findQuote(block, p);
            if (found && 'start' in found) return true;
            if (found) dropped ??= found.dropped;
          }
        return false;
      });
      const missing = alone.findIndex((ok) => !ok);
      if (missing >= 0) {
        errors.push({
          file: file.path,
          field,
          message: dropped
            ? `the blockquote “${run[missing]}” cuts (…) the report’s words where they say “${dropped}”: a cut drops description, never a negation, a hedge or a projection (quote the words whole)`
            : `the blockquote “${run[missing]}” is not in ${where}: a blockquote is the report’s words whole, its inner quotations included (quote the report's words exactly, or write our words as a paragraph)`,
        });
        continue;
      }
      if (run.length > 1 && !reports.some((blocks) => blocks.some((_, b) => placedFrom(blocks, b, run)))) {
        errors.push({
          file: file.path,
          field,
          message: `the blockquote joins “${run[0]}” and what follows as one passage, but they are not consecutive in one compared report: a blockquote’s paragraphs follow each other in the report, or a paragraph that is only “…” marks the cut`,
        });
      }
    }
  }
  return errors;
}

/** True when the paragraphs of `run` sit one after the other in `blocks`, the first in block `b`. */
function placedFrom(blocks: string[], b: number, run: string[]): boolean {
  let at = 0;
  for (const [i, p] of run.entries()) {
    let found = findQuote(blocks[b]!, p, at);
    // The next paragraph starts where the previous one ends, in its block or at the start of the next.
    if (i > 0 && (!found || !('start' in found) || !/^[\s.,;:!?"']*$/u.test(blocks[b]!.slice(at, found.start)))) {
      if (!/^[\s.,;:!?"']*$/u.test(blocks[b]!.slice(at)) || b + 1 >= blocks.length) return false;
      b += 1;
      found = findQuote(blocks[b]!, p, 0);
      if (!found || !('start' in found) || !/^[\s"']*$/u.test(blocks[b]!.slice(0, found.start))) return false;
    }
    if (!found || !('start' in found)) return false;
    at = found.end;
  }
  return true;
}

/**
 * Nothing dated after the build day that cannot be in the future: a rate (the latest rate for a
 * pair must be the latest known on the build day, not one typed for 2100), a date the report
 * states as past (`tense: past`), a report's publication or our access to it. A partial date
 * counts from its first day ("2026-12" is not future on 6 December 2026).
 */
export function checkClock({ articles, rates }: Valid, today: string): ContentError[] {
  const errors: ContentError[] = [];
  const future = (date: string) => new Date(dateSpan(partialDate(date)).start).toISOString().slice(0, 10) > today;
  for (const { file, data } of rates.values()) {
    if (future(data.date)) {
      errors.push({ file: file.path, field: 'date', message: `${data.date} is after the build day (${today}): a rate cannot be dated in the future` });
    }
  }
  for (const { file, data } of articles.values()) {
    data.dates.forEach((d, i) => {
      if (d.date !== null && d.tense === 'past' && future(d.date)) {
        errors.push({ file: file.path, field: `dates.${i}.date`, message: `${d.date} is after the build day (${today}), but the event is past (tense: past)` });
      }
    });
    for (const key of ['published', 'accessed'] as const) {
      const date = data.source[key];
      if (date && future(date)) errors.push({ file: file.path, field: `source.${key}`, message: `${date} is after the build day (${today})` });
    }
  }
  return errors;
}

/** Words with which a source announces an event (a basis with `basisTense: planned` gives them). */
const ANNOUNCING = new Vocabulary<true>(
  [
    ...[
      'will',
      'would',
      'shall',
      'next day',
      'the next day',
      'tomorrow',
      'plans',
      'planned',
      'plan to',
      'announced for',
      'scheduled',
      'set for',
      'upcoming',
      'coming',
      'is to',
      'are to',
      'due to',
      'expected',
      'ahead of',
    ],
    ...[
      'sera',
      'seront',
      'aura lieu',
      'auront lieu',
      'prévu',
      'prévue',
      'prévus',
      'prévues',
      'prochain',
      'prochaine',
      'prochains',
      'prochaines',
      'demain',
      'lendemain',
      'annoncé pour',
      'annoncée pour',
      'doit',
      'doivent',
    ],
    ...[
      'será',
      'serán',
      'tendrá lugar',
      'previsto',
      'prevista',
      'previstos',
      'previstas',
      'próximo',
      'próxima',
      'próximos',
      'próximas',
      'mañana',
      'anunciado para',
      'anunciada para',
    ],
  ].map((w) => [w, true] as const),
);

/** True when `text` holds a word that announces an event ("will be in Paris the next day", "sera lancé"). */
function announces(text: string): boolean {
  const t = tokenize(text);
  return t.some((_, k) => ANNOUNCING.match(text, t, k) !== null);
}

function checkReferences({ articles, comparisons, rates, references, corrections }: Valid): ContentError[] {
  const errors: ContentError[] = [];
  const needReference = (file: string, field: string, id: string) => {
    if (!references.has(id)) errors.push({ file, field, message: `references "${id}", which is not in content/references/` });
  };
  for (const { file, data } of articles.values()) {
    data.dates.forEach((d, i) => {
      if (d.status !== 'inferred') return;
      if (d.basisSource) needReference(file.path, `dates.${i}.basisSource`, d.basisSource);
      // A source cannot report as past what had not happened by its own date, nor announce what had.
      const source = d.basisSource ? references.get(d.basisSource)?.data.date : data.source.published;
      if (d.date === null || !source) return;
      const [event, day] = [dateSpan(partialDate(d.date)), dateSpan(partialDate(source))];
      const reads = d.basisTense ?? d.tense;
      // A date the report gives as past, read from a source that announced it: the basis says how that source announces it.
      if (d.basisTense === 'planned' && d.tense === 'past' && !announces(d.basis ?? ''))
        errors.push({
          file: file.path,
          field: `dates.${i}.basis`,
          message: `says nothing of the event being announced, yet basisTense is planned: say how ${d.basisSource ?? 'the source'} announces it (“will”, “the next day”, “plans”, “sera”, “prévu”, “será”…), or set basisTense to past`,
        });
      if (reads === 'past' ? event.start > day.end : event.end < day.start)
        errors.push({
          file: file.path,
          field: `dates.${i}.date`,
          message: `${d.date} is ${reads === 'past' ? 'after' : 'before'} ${d.basisSource ? `the date of ${d.basisSource}` : 'the report’s own date (source.published)'}, ${source}, which ${reads === 'past' ? 'reports the event as past' : 'announces the event'} (basisTense, or tense): fix the date, or set basisTense to how that source speaks of it`,
        });
    });
    data.claims.forEach((c, i) => c.checks.forEach((check, j) => needReference(file.path, `claims.${i}.checks.${j}.reference`, check.reference)));
  }
  // A conversion uses the latest rate for its pair, either way round; two on one day would leave the choice to file order.
  const ratesByDay = new Map<string, string>();
  for (const { file, data } of rates.values()) {
    needReference(file.path, 'source', data.source);
    const day = `${[data.base, data.quote].sort().join('/')} ${data.date}`;
    const other = ratesByDay.get(day);
    if (other)
      errors.push({
        file: file.path,
        field: 'date',
        message: `${other} already gives a rate between ${data.base} and ${data.quote} for ${data.date}: keep one rate per pair and day`,
      });
    else ratesByDay.set(day, file.path);
  }
  const rateList = [...rates.values()].map((r) => r.data);
  for (const { file, data } of comparisons.values()) {
    data.articles.forEach((id, i) => {
      const article = articles.get(id);
      if (!article) {
        errors.push({ file: file.path, field: `articles.${i}`, message: `references article "${id}", which is not in content/articles/ (or is invalid)` });
        return;
      }
      article.data.amounts.forEach((amount, j) => {
        if (amount.kind === 'money' && amount.currency !== data.currency && !findRate(rateList, amount.currency, data.currency)) {
          errors.push({
            file: file.path,
            field: 'currency',
            message: `no rate in content/rates/ converts ${amount.currency} to ${data.currency} (needed by ${id} → amounts.${j})`,
          });
        }
      });
    });
  }
  for (const { file, data } of corrections.values()) {
    const known = data.page.kind === 'article' ? articles : comparisons;
    const page = known.get(data.page.id);
    if (!page) {
      errors.push({
        file: file.path,
        field: 'page.id',
        message: `corrects ${data.page.kind} "${data.page.id}", which is not in content/${data.page.kind === 'article' ? 'articles' : 'comparisons'}/ (or is invalid)`,
      });
    } else if (data.date < page.data.published) {
      // A correction is to what readers were shown; a draft is fixed without one.
      errors.push({
        file: file.path,
        field: 'date',
        message: `${data.date} is before ${data.page.kind} "${data.page.id}" was published (${page.data.published}): a correction is to a published page`,
      });
    }
  }
  return errors;
}
