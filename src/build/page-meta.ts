/**
 * Everything a page passes to BaseLayout for link cards, JSON-LD, dates and corrections, built
 * from the collections through the pure helpers in src/lib (cards, seo, jsonld). Pages call
 * one function and spread the result: `<BaseLayout {...await articleSeo(article)}>`.
 */
import { getCollection } from 'astro:content';
import { ALT_MAX, cardAlt, type CardContent } from '../lib/cards.ts';
import type { CardModel } from '../lib/og-image.ts';
import { newsArticleLd, referenceCitation, reportCitation, webPageLd, type ArticleLdInput, type JsonLd, type Publisher } from '../lib/jsonld.ts';
import { namedCards } from '../lib/card-files.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/og-image.ts';
import { datesByRoute, type CardImage, type PageDates } from '../lib/seo.ts';
import { shorten } from '../lib/shorten.ts';
import type { Messages } from '../lib/i18n.ts';
import { absoluteUrl, routes } from '../lib/urls.ts';
import type { Correction } from '../schemas/correction.ts';
import { claimReviews } from '../lib/trust/claim-review.ts';
import { DEFAULT_LOCALE, localRoute, messagesOf } from '../site.ts';
import { comparedArticles, getArticles, memo, memoBy, getComparisons, getRates, getReferences, type ArticleEntry, type ComparisonEntry } from './entries.ts';
import { pageHistoryOf } from './history.ts';
import { articleRecord, changesOf, comparisonRecord, repositoryHistory } from './trust.ts';
import { articleData, cardContentIn, comparisonData } from './analysis-state.ts';

/** Absolute URL on this site, with the base path. */
export const siteUrl = (path: string) => absoluteUrl(path, import.meta.env.SITE ?? 'http://localhost:4321');

/** This site, as JSON-LD names it in `m`'s language. */
export const publisherOf = (m: Messages): Publisher => ({ name: m.t('site.name'), url: siteUrl(routes.home()) });

/** Props BaseLayout takes for a page's metadata. */
export interface PageSeo {
  title: string;
  description: string;
  /** Route of the page (as `routes` spells it), for canonical and og:url. */
  path: string;
  type: 'website' | 'article';
  image: CardImage;
  jsonLd: JsonLd[];
  dates?: PageDates;
  /** Corrections to this page, oldest first. */
  corrections?: Correction[];
  noindex?: boolean;
}

// ---- corrections -------------------------------------------------------------------------

// Usually there are none, and Astro's getCollection warns on an empty collection (on every call
// in dev). Vite takes only a literal pattern: the corrections folder and extension of
// src/lib/collections.ts, kept in step by tests/unit/collections.test.ts.
const hasCorrections = () => Object.keys(import.meta.glob('/content/corrections/*.yaml', { query: '?raw' })).length > 0;

/** All corrections, newest first. */
export const getCorrections = memo(async (): Promise<Correction[]> =>
  hasCorrections()
    ? (await getCollection('corrections')).map((c) => c.data).sort((a, b) => b.date.localeCompare(a.date, 'en') || a.page.id.localeCompare(b.page.id, 'en'))
    : [],
);

async function correctionsOf(kind: Correction['page']['kind'], id: string): Promise<Correction[]> {
  return (await getCorrections()).filter((c) => c.page.kind === kind && c.page.id === id).reverse();
}

// ---- dates -------------------------------------------------------------------------------

/**
 * Dates of every dated page, by route: one computation for pages, feed and (via the same helper)
 * sitemap. A page's own dates come from the repository's history when it is complete (first
 * commit, last listed change), else from its `published`/`updated` as the editor set them.
 */
export const pageDates = memo(async (): Promise<Map<string, PageDates>> => {
  const history = repositoryHistory();
  return datesByRoute({
    articles: (await getArticles()).map((a) => ({
      id: a.id,
      published: a.data.published,
      updated: a.data.updated,
      history: pageHistoryOf(history, 'article', a.id, messagesOf()).dates,
    })),
    comparisons: (await getComparisons()).map((c) => ({
      id: c.id,
      published: c.data.published,
      updated: c.data.updated,
      history: pageHistoryOf(history, 'comparison', c.id, messagesOf()).dates,
    })),
    corrections: await getCorrections(),
  });
});

async function datesOf(route: string): Promise<PageDates> {
  const dates = (await pageDates()).get(route);
  if (!dates) throw new Error(`no dates for route "${route}"`);
  return dates;
}

// ---- cards -------------------------------------------------------------------------------

export interface CardFile {
  /** File name under og/ (written by the cards integration): `<key>-<cardId>.png`. */
  file: string;
  model: CardModel;
}

/** Every card of an edition by key (`home`, `article-<id>`, …), named but not drawn (once per build and edition; on every call in dev). */
const cardFilesOf = memoBy(async (lang: string): Promise<Map<string, CardFile>> => {
  const m = messagesOf(lang);
  const content: CardContent = {
    articles: (await getArticles()).map(({ id, data }) => ({ id, data })),
    comparisons: (await getComparisons()).map(({ id, data }) => ({ id, data, articles: [data.articles[0].id, data.articles[1].id] })),
    rates: await getRates(),
    references: await getReferences(),
  };
  const prefix = lang === DEFAULT_LOCALE ? '' : `${lang}-`;
  return new Map(namedCards(cardContentIn(content, lang), m, prefix).map(({ key, model, file }) => [key, { file, model }]));
});

export const cardFiles = (m: Messages) => cardFilesOf(m.lang);

/** The one-line verification record a card about reports carries in its alt text, or null (data, methodology cards). */
async function recordLineOf(key: string, m: Messages): Promise<string | null> {
  const lead = key === 'home' ? (await getComparisons())[0] : undefined;
  if (lead) return (await comparisonRecord(lead, m)).line;
  // Ids compared as they are: a key built per entry would make every page's lookup build N strings.
  const id = (prefix: string) => (key.startsWith(prefix) ? key.slice(prefix.length) : null);
  const articleId = id('article-');
  const article = articleId === null ? undefined : (await getArticles()).find((a) => a.id === articleId);
  if (article) return articleRecord(article, m).line;
  const comparisonId = id('comparison-');
  const comparison = comparisonId === null ? undefined : (await getComparisons()).find((c) => c.id === comparisonId);
  return comparison ? (await comparisonRecord(comparison, m)).line : null;
}

export async function cardImage(key: string, m: Messages): Promise<CardImage> {
  const card = (await cardFiles(m)).get(key);
  if (!card) throw new Error(`no card "${key}"`);
  const line = await recordLineOf(key, m);
  const withLine = (text: string) => (line ? `${text} ${line}` : text);
  const alt = withLine(cardAlt(card.model, m, Infinity));
  const room = line ? ALT_MAX - line.length - 1 : ALT_MAX;
  // The figures (with their rates) come before the record line: the line goes only where both fit.
  const short = cardAlt(card.model, m, room, true);
  const altShort = short.length <= room ? withLine(short) : cardAlt(card.model, m, ALT_MAX);
  return { url: siteUrl(routes.card(card.file)), width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png', alt, altShort };
}

// ---- per page ----------------------------------------------------------------------------

function claimReferences(entry: ArticleEntry, references: Awaited<ReturnType<typeof getReferences>>): JsonLd[] {
  const ids = new Set<string>();
  for (const c of entry.data.claims) for (const check of c.checks) ids.add(check.reference);
  for (const d of entry.data.dates) if (d.status === 'inferred' && d.basisSource) ids.add(d.basisSource);
  return [...ids].sort().flatMap((id) => {
    const ref = references.get(id);
    return ref ? [referenceCitation(ref)] : [];
  });
}

/**
 * ClaimReview JSON-LD for each checked claim of the articles a page shows, each dated by its
 * check's last listed change (the article page's publication otherwise).
 */
async function claimReviewsOf(articles: ArticleEntry[], m: Messages): Promise<JsonLd[]> {
  const dates = await pageDates();
  return articles.flatMap((a) => {
    const { sets } = changesOf('article', a.id, m);
    const published = dates.get(routes.article(a.id))!.published;
    return claimReviews({
      article: articleData(a, m),
      articleUrl: siteUrl(localRoute(routes.article(a.id), m)),
      author: publisherOf(m),
      reviewed: (claimId) => sets.find((set) => set.changes.some((c) => c.target.id === claimId))?.day ?? published,
      messages: m,
    });
  });
}

/** What an article or a comparison page says of itself; the rest of its SEO is derived alike. */
interface NewsPage {
  page: Correction['page'];
  path: string;
  title: string;
  dek: string;
  citations: ArticleLdInput['citations'];
  about: string[];
  basedOn?: string[];
  /** Further JSON-LD: the ClaimReviews of the claims the page shows. */
  more: JsonLd[];
}

async function newsPageSeo({ page, path, title, dek, citations, about, basedOn, more }: NewsPage, m: Messages): Promise<PageSeo> {
  const image = await cardImage(`${page.kind}-${page.id}`, m);
  const dates = await datesOf(path);
  const description = shorten(dek, 300);
  return {
    title,
    description,
    path,
    type: 'article',
    image,
    dates,
    corrections: await correctionsOf(page.kind, page.id),
    jsonLd: [
      newsArticleLd({
        kind: page.kind === 'comparison' ? 'analysis' : 'article',
        headline: title,
        description,
        url: siteUrl(localRoute(path, m)),
        ...(m.lang === DEFAULT_LOCALE ? {} : { translationOf: siteUrl(path) }),
        image,
        dates,
        publisher: publisherOf(m),
        citations,
        about,
        inLanguage: m.lang,
        ...(basedOn ? { basedOn } : {}),
      }),
      ...more,
    ],
  };
}

export async function articleSeo(entry: ArticleEntry, m: Messages): Promise<PageSeo> {
  return newsPageSeo(
    {
      page: { kind: 'article', id: entry.id },
      path: routes.article(entry.id),
      title: articleData(entry, m).title,
      dek: articleData(entry, m).dek,
      citations: [reportCitation(entry.data), ...claimReferences(entry, await getReferences(m))],
      about: [articleData(entry, m).initiative.name],
      more: await claimReviewsOf([entry], m),
    },
    m,
  );
}

export async function comparisonSeo(entry: ComparisonEntry, m: Messages): Promise<PageSeo> {
  const [left, right] = await comparedArticles(entry);
  return newsPageSeo(
    {
      page: { kind: 'comparison', id: entry.id },
      path: routes.comparison(entry.id),
      title: comparisonData(entry.id, entry.data, m).title,
      dek: comparisonData(entry.id, entry.data, m).dek,
      citations: [reportCitation(left.data), reportCitation(right.data)],
      about: [articleData(left, m).initiative.name, articleData(right, m).initiative.name],
      basedOn: [siteUrl(localRoute(routes.article(left.id), m)), siteUrl(localRoute(routes.article(right.id), m))],
      more: await claimReviewsOf([left, right], m),
    },
    m,
  );
}

export async function homeSeo(m: Messages): Promise<PageSeo> {
  const path = routes.home();
  const image = await cardImage('home', m);
  const dates = await datesOf(path);
  const [name, description] = [m.t('site.name'), m.t('site.description')];
  return {
    title: name,
    description,
    path,
    type: 'website',
    image,
    dates,
    jsonLd: [webPageLd({ type: 'WebSite', name, description, url: siteUrl(localRoute(path, m)), publisher: publisherOf(m), image, dates, inLanguage: m.lang })],
  };
}

/** Metadata for a plain page (methodology, share snippet, 404) with the given card. */
export async function plainPageSeo(input: {
  title: string;
  description: string;
  path: string;
  card: string;
  dated?: boolean;
  noindex?: boolean;
  messages: Messages;
}): Promise<PageSeo> {
  const m = input.messages;
  const image = await cardImage(input.card, m);
  const dates = input.dated ? await datesOf(input.path) : undefined;
  return {
    title: input.title,
    description: input.description,
    path: input.path,
    type: 'website',
    image,
    ...(dates ? { dates } : {}),
    ...(input.noindex ? { noindex: true } : {}),
    jsonLd: [
      webPageLd({
        type: 'WebPage',
        name: input.title,
        description: input.description,
        url: siteUrl(localRoute(input.path, m)),
        publisher: publisherOf(m),
        image,
        ...(dates ? { dates } : {}),
        inLanguage: m.lang,
      }),
    ],
  };
}
