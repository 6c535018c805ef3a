/**
 * The verification record of a page: what the build proved of the reports it shows, from the
 * content check's results. Each report's text is named by the SHA-256 of its body as stored (the
 * `.mdx` file after its frontmatter, UTF-8), so anyone can check that the text we checked is the
 * text in the repository; then how many passages were found verbatim, how the text reached us
 * (translation chain), which checks ran with their counts, and the commit the build was made from.
 * One line of it (`line`) travels with the content: card alt text, newsletter snippet, feeds and
 * downloads. Pure; the check's results and the commit come in as arguments.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../schemas/article.ts';
import { isTableCell, tableSums } from '../arithmetic.ts';
import { claimStatuses } from '../../schemas/claim.ts';
import { UNKNOWN_LANGUAGE } from '../../schemas/source.ts';
import { languageName } from '../codes.ts';
import { capitaliseIn, claimView, needsGloss, type ClaimStatus } from '../fact-view.ts';
import { factsOf } from '../facts.ts';
import type { Messages } from '../i18n.ts';
import { formatPartialDate, partialDate } from '../partial-date.ts';

/** SHA-256 of a text's UTF-8 bytes, in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What the content check proved of one article's body (`checkBodies`). */
export interface ArticleCheck {
  /** SHA-256 of the body as stored. */
  bodySha256: string;
  /** Passages found verbatim in the body, out of every fact's passage. */
  passages: { found: number; total: number };
}

/** The commit a build is made from, as the record states it. */
export interface BuildRecord {
  /** Full commit id, or null when the build was not made from a git checkout. */
  commit: string | null;
  /** The commit's UTC day (`YYYY-MM-DD`), or null. */
  date: string | null;
  /** Tracked files differed from the commit. */
  dirty: boolean;
  /** Why something is missing (no git, a shallow clone), for readers; null when nothing is. */
  note: string | null;
}

export interface TextRecord {
  /** Article id. */
  article: string;
  outlet: string;
  headline: string;
  /** Language of the text we hold (BCP 47). */
  language: string;
  sha256: string;
  /** How the text reached us, first to last: "Spanish original (<outlet>)", "French translation: the text we hold and check", … */
  chain: string[];
}

export interface CheckCounts {
  /** Evidence passages found verbatim in the reports' texts, out of one per fact; `tableRows` of them quote a table row, whose cells we join with " | ". */
  passages: { found: number; total: number; tableRows: number };
  /** Figures whose value and scale the check read from the words of their passage. */
  figures: number;
  /** Dates stated in the report whose year, month and day the check found in their passage. */
  dates: number;
  /** Tables whose rows the check added up, and how many match the report's total. */
  sums: { checked: number; addUp: number };
  /** Claims by the status of our check against other reporting. */
  claims: Record<ClaimStatus, number>;
}

export interface VerificationRecord {
  texts: TextRecord[];
  checks: CheckCounts;
  build: BuildRecord;
  /** The record in one line, for alt text, snippets, feeds and downloads. */
  line: string;
}

/**
 * How a report's text reached us, as the data records it (nothing more: an English text is not
 * said to be the original), ending with our translation of each passage into the reader's language
 * when the text is in another.
 */
export function translationChain(source: Pick<Article['source'], 'outlet' | 'language' | 'translatedFrom'>, m: Messages): string[] {
  const name = (tag: string) => capitaliseIn(languageName(tag, m.locale), m.locale);
  const held = name(source.language);
  const chain =
    source.translatedFrom === UNKNOWN_LANGUAGE
      ? [m.t('chain.unknown', { held, outlet: source.outlet })]
      : source.translatedFrom
        ? [m.t('chain.original', { from: name(source.translatedFrom), outlet: source.outlet }), m.t('chain.translation', { held })]
        : [m.t('chain.held', { held, outlet: source.outlet })];
  return needsGloss(source.language, m.lang) ? [...chain, m.t('chain.gloss', { reader: languageName(m.lang, m.locale) })] : chain;
}

/** A count for every claim status. */
const byStatus = (count: (status: ClaimStatus) => number) => Object.fromEntries(claimStatuses.map((s) => [s, count(s)])) as Record<ClaimStatus, number>;

function counts(article: Article, check: ArticleCheck, m: Messages): CheckCounts {
  const sums = tableSums(article.amounts).filter((s) => s.result !== 'no-total');
  const statuses = article.claims.map((c) => claimView(article, c, m).status);
  const claims = (status: ClaimStatus) => statuses.filter((s) => s === status).length;
  return {
    passages: { ...check.passages, tableRows: factsOf(article).filter(isTableCell).length },
    figures: article.amounts.length,
    dates: article.dates.filter((d) => d.status === 'stated' && d.date !== null).length,
    sums: { checked: sums.length, addUp: sums.filter((s) => s.result === 'adds-up').length },
    claims: byStatus((status) => claims(status)),
  };
}

function add(a: CheckCounts, b: CheckCounts): CheckCounts {
  return {
    passages: {
      found: a.passages.found + b.passages.found,
      total: a.passages.total + b.passages.total,
      tableRows: a.passages.tableRows + b.passages.tableRows,
    },
    figures: a.figures + b.figures,
    dates: a.dates + b.dates,
    sums: { checked: a.sums.checked + b.sums.checked, addUp: a.sums.addUp + b.sums.addUp },
    claims: byStatus((status) => a.claims[status] + b.claims[status]),
  };
}

/** "commit 4f1b7ef0c2a1, 30 November 2026", or why there is none. */
export function buildWords(build: BuildRecord, m: Messages): string {
  if (!build.commit) return m.t('build.none');
  return m.t(build.dirty ? 'build.commitDirty' : 'build.commit', {
    commit: build.commit.slice(0, 12),
    date: build.date ? formatPartialDate(partialDate(build.date), m.locale) : m.t('build.dateUnknown'),
  });
}

/** The one-line form: passages found, in which texts (by hash), and the build's commit. */
export function recordLine(texts: TextRecord[], checks: CheckCounts, build: BuildRecord, m: Messages): string {
  const hashes = texts.length <= 2 ? m.t('record.hashes', { hashes: texts.map((t) => `${t.sha256.slice(0, 12)}…`).join(', ') }) : m.t('record.hashesInRecord');
  return m.t('record.line', {
    found: checks.passages.found,
    total: checks.passages.total,
    where: m.t('record.where', { count: texts.length }),
    hashes,
    build: buildWords(build, m),
  });
}

/** The record of pages built on these articles: one article's page, a comparison's two, or the whole dataset; its words in `m`'s language. */
export function verificationRecord(articles: { id: string; data: Article; check: ArticleCheck }[], build: BuildRecord, m: Messages): VerificationRecord {
  const texts = articles.map(({ id, data, check }): TextRecord => ({
    article: id,
    outlet: data.source.outlet,
    headline: data.source.headline,
    language: data.source.language,
    sha256: check.bodySha256,
    chain: translationChain(data.source, m),
  }));
  const empty: CheckCounts = {
    passages: { found: 0, total: 0, tableRows: 0 },
    figures: 0,
    dates: 0,
    sums: { checked: 0, addUp: 0 },
    claims: byStatus(() => 0),
  };
  const checks = articles.map(({ data, check }) => counts(data, check, m)).reduce(add, empty);
  return { texts, checks, build, line: recordLine(texts, checks, build, m) };
}
