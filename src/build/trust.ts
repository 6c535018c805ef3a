/**
 * What a reader needs to check and reuse a page, from the collections, the content check's
 * results (`virtual:article-checks`) and the repository's history (`history.ts`): the
 * verification record, the citation, the published changes and older versions, and the links
 * that report an error. Pages call one function each; the downloads and feeds read the same.
 */
import checkOf from 'virtual:article-checks';
import { href, routes } from '../lib/urls.ts';
import { pageChanges, utcDay, versionsByDay, type ChangeSet, type PageKind, type Version } from '../lib/trust/changes.ts';
import { changeFeeds } from '../lib/trust/change-feed.ts';
import { citationOf, type Citation } from '../lib/trust/cite.ts';
import { errorReportUrl } from '../lib/trust/report-channel.ts';
import { verificationRecord, type ArticleCheck, type BuildRecord, type VerificationRecord } from '../lib/trust/verification.ts';
import type { Messages } from '../lib/i18n.ts';
import { messagesOf, SITE } from '../site.ts';
import { comparedArticles, getArticles, getComparisons, memo, type ArticleEntry, type ComparisonEntry } from './entries.ts';
import { pageKey, readHistory, type RepositoryHistory } from './history.ts';
import { pageDates, siteUrl } from './page-meta.ts';
import { REPORT_CHANNEL } from './report-links.ts';
import { articleData, comparisonData } from './analysis-state.ts';

/** The repository's history of content/, read once per build (on every call in `astro dev`). */
export const repositoryHistory = memo((): RepositoryHistory => readHistory(process.cwd()));

/** The commit this build is made from, as every record states it. */
export function buildRecord(): BuildRecord {
  const { head, note } = repositoryHistory();
  if (!head) return { commit: null, date: null, dirty: false, note };
  return { commit: head.commit, date: utcDay(head.committed), dirty: head.dirty, note: null };
}

function articleCheck(id: string): ArticleCheck {
  const check = checkOf(id);
  if (!check)
    throw new Error(`content/articles/${id}.mdx: the content check gave no result for this article (no content-guard integration in astro.config.mjs?)`);
  return check;
}

const recordOf = (articles: ArticleEntry[], m: Messages) =>
  verificationRecord(
    articles.map((a) => ({ id: a.id, data: a.data, check: articleCheck(a.id) })),
    buildRecord(),
    m,
  );

/**
 * Each page's record is asked for by the page, its card's alt text, the feeds and
 * verification.json: kept per edition's messages and page, as `memo` keeps (per process in a
 * build, recomputed on every call in `astro dev`).
 */
const records = new WeakMap<Messages, Map<string, VerificationRecord | Promise<VerificationRecord>>>();

function keptRecord<T extends VerificationRecord | Promise<VerificationRecord>>(m: Messages, key: string, make: () => T): T {
  if (import.meta.env.DEV) return make();
  let kept = records.get(m);
  if (!kept) records.set(m, (kept = new Map()));
  if (!kept.has(key)) kept.set(key, make());
  return kept.get(key) as T;
}

export const articleRecord = (entry: ArticleEntry, m: Messages): VerificationRecord => keptRecord(m, `article ${entry.id}`, () => recordOf([entry], m));

export const comparisonRecord = (entry: ComparisonEntry, m: Messages): Promise<VerificationRecord> =>
  keptRecord(m, `comparison ${entry.id}`, async () => recordOf(await comparedArticles(entry), m));

/** The record of the whole dataset (every article), in the default edition's words: the downloads are one dataset. */
export const siteRecord = memo(async (): Promise<VerificationRecord> => recordOf(await getArticles(), messagesOf()));

/** A page's versions as committed, oldest first (none without a complete history). */
export function versionsOf(kind: PageKind, id: string): Version[] {
  const history = repositoryHistory();
  return history.complete ? (history.versions.get(pageKey(kind, id)) ?? []) : [];
}

/** A page's published changes, newest first, and why there are none to show when the history is missing. */
export function changesOf(kind: PageKind, id: string, m: Messages): { sets: ChangeSet[]; note: string | null } {
  return { sets: pageChanges(kind, versionsOf(kind, id), m), note: repositoryHistory().note };
}

/** The versions `/data/versions/` publishes for a page: the last of each day, with its address. */
export function publishedVersions(kind: PageKind, id: string): { version: Version; path: string }[] {
  return versionsByDay(versionsOf(kind, id)).map((version) => ({ version, path: routes.version(kind, id, version.day) }));
}

/** The link that reports an error on a page, or on one fact, verdict or claim of it. */
export function reportLink(pageUrl: string, pageTitle: string, factId?: string): string {
  if (!REPORT_CHANNEL) return href(`${routes.methodology()}#corrections-log`);
  return errorReportUrl(REPORT_CHANNEL, { pageUrl, pageTitle, ...(factId ? { factId } : {}) });
}

/** The version a citation names: the page's last committed version (with its data), or its last date as set. */
async function citedVersion(kind: PageKind, id: string, route: string): Promise<{ day: string; url: string | null }> {
  const last = publishedVersions(kind, id).at(-1);
  if (last) return { day: last.version.day, url: siteUrl(last.path) };
  const dates = (await pageDates()).get(route)!;
  return { day: dates.modified ?? dates.published, url: null };
}

export async function articleCitation(entry: ArticleEntry, m: Messages): Promise<Citation> {
  const route = routes.article(entry.id);
  const version = await citedVersion('article', entry.id, route);
  return citationOf(
    {
      title: articleData(entry, m).title,
      url: siteUrl(route),
      siteName: m.t('site.name'),
      versionDay: version.day,
      versionUrl: version.url,
      role: m.t('cite.roleArticle'),
      key: `checked-article-${entry.id}`,
    },
    [{ id: entry.id, source: articleData(entry, m).source }],
    m,
  );
}

export async function comparisonCitation(entry: ComparisonEntry, m: Messages): Promise<Citation> {
  const route = routes.comparison(entry.id);
  const version = await citedVersion('comparison', entry.id, route);
  const articles = await comparedArticles(entry);
  return citationOf(
    {
      title: comparisonData(entry.id, entry.data, m).title,
      url: siteUrl(route),
      siteName: m.t('site.name'),
      versionDay: version.day,
      versionUrl: version.url,
      role: m.t('cite.roleComparison'),
      key: `checked-comparison-${entry.id}`,
    },
    articles.map((a) => ({ id: a.id, source: articleData(a, m).source })),
    m,
  );
}

/** The site-wide changes feed in Atom and JSON Feed: every page's published changes, in the default edition's words. */
export const changeFeed = memo(async (): Promise<{ atom: string; json: string }> => {
  const m = messagesOf();
  const home = (await pageDates()).get(routes.home())!;
  const page = (kind: PageKind, id: string, title: string) => ({ title, url: siteUrl(routes.changes(kind, id)), sets: changesOf(kind, id, m).sets });
  return changeFeeds(
    {
      siteName: m.t('site.name'),
      siteUrl: siteUrl(routes.home()),
      atomUrl: siteUrl(routes.changesFeed('atom')),
      jsonUrl: siteUrl(routes.changesFeed('json')),
      fallbackDate: home.modified ?? home.published,
      licence: `${SITE.dataLicence.name}: ${SITE.dataLicence.url}`,
      pages: [
        ...(await getComparisons()).map((c) => page('comparison', c.id, c.data.title)),
        ...(await getArticles()).map((a) => page('article', a.id, a.data.title)),
      ],
    },
    m,
  );
});
