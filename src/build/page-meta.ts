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
import { datesByRoute, truncate, type CardImage, type PageDates } from '../lib/seo.ts';
import { absoluteUrl, routes } from '../lib/urls.ts';
import type { Correction } from '../schemas/correction.ts';
import { claimReviews } from '../lib/trust/claim-review.ts';
import { SITE } from '../site.ts';
import { comparedArticles, getArticles, memo, getComparisons, getRates, getReferences, type ArticleEntry, type ComparisonEntry } from './entries.ts';
import { pageHistoryOf } from './history.ts';
import { articleRecord, changesOf, comparisonRecord, repositoryHistory } from './trust.ts';

/** Absolute URL on this site, with the base path. */
export const siteUrl = (path: string) => absoluteUrl(path, import.meta.env.SITE ?? 'http://localhost:4321');

export const publisher: Publisher = { name: SITE.name, url: siteUrl(routes.home()) };

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
      history: pageHistoryOf(history, 'article', a.id).dates,
    })),
    comparisons: (await getComparisons()).map((c) => ({
      id: c.id,
      published: c.data.published,
      updated: c.data.updated,
      history: pageHistoryOf(history, 'comparison', c.id).dates,
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

/** Every card by key (`home`, `article-<id>`, …), named but not drawn (once per build; on every call in dev). */
export const cardFiles = memo(async (): Promise<Map<string, CardFile>> => {
  const content: CardContent = {
    articles: (await getArticles()).map(({ id, data }) => ({ id, data })),
    comparisons: (await getComparisons()).map(({ id, data }) => ({ id, data, articles: [data.articles[0].id, data.articles[1].id] })),
    rates: await getRates(),
    references: await getReferences(),
  };
  return new Map(namedCards(content, SITE).map(({ key, model, file }) => [key, { file, model }]));
});

/** The one-line verification record a card about reports carries in its alt text, or null (data, methodology cards). */
async function recordLineOf(key: string): Promise<string | null> {
  const lead = key === 'home' ? (await getComparisons())[0] : undefined;
  if (lead) return (await comparisonRecord(lead)).line;
  const article = (await getArticles()).find((a) => key === `article-${a.id}`);
  if (article) return articleRecord(article).line;
  const comparison = (await getComparisons()).find((c) => key === `comparison-${c.id}`);
  return comparison ? (await comparisonRecord(comparison)).line : null;
}

export async function cardImage(key: string): Promise<CardImage> {
  const card = (await cardFiles()).get(key);
  if (!card) throw new Error(`no card "${key}"`);
  const line = await recordLineOf(key);
  const withLine = (text: string) => (line ? `${text} ${line}` : text);
  const alt = withLine(cardAlt(card.model, Infinity));
  const room = line ? ALT_MAX - line.length - 1 : ALT_MAX;
  const short = cardAlt(card.model, room);
  const altShort = short.length <= room ? withLine(short) : cardAlt(card.model, ALT_MAX);
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
async function claimReviewsOf(articles: ArticleEntry[]): Promise<JsonLd[]> {
  const dates = await pageDates();
  return articles.flatMap((a) => {
    const { sets } = changesOf('article', a.id);
    const published = dates.get(routes.article(a.id))!.published;
    return claimReviews({
      article: a.data,
      articleUrl: siteUrl(routes.article(a.id)),
      author: publisher,
      reviewed: (claimId) => sets.find((set) => set.changes.some((c) => c.target.id === claimId))?.day ?? published,
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

async function newsPageSeo({ page, path, title, dek, citations, about, basedOn, more }: NewsPage): Promise<PageSeo> {
  const image = await cardImage(`${page.kind}-${page.id}`);
  const dates = await datesOf(path);
  const description = truncate(dek);
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
        url: siteUrl(path),
        image,
        dates,
        publisher,
        citations,
        about,
        ...(basedOn ? { basedOn } : {}),
      }),
      ...more,
    ],
  };
}

export async function articleSeo(entry: ArticleEntry): Promise<PageSeo> {
  return newsPageSeo({
    page: { kind: 'article', id: entry.id },
    path: routes.article(entry.id),
    title: entry.data.title,
    dek: entry.data.dek,
    citations: [reportCitation(entry.data), ...claimReferences(entry, await getReferences())],
    about: [entry.data.initiative.name],
    more: await claimReviewsOf([entry]),
  });
}

export async function comparisonSeo(entry: ComparisonEntry): Promise<PageSeo> {
  const [left, right] = await comparedArticles(entry);
  return newsPageSeo({
    page: { kind: 'comparison', id: entry.id },
    path: routes.comparison(entry.id),
    title: entry.data.title,
    dek: entry.data.dek,
    citations: [reportCitation(left.data), reportCitation(right.data)],
    about: [left.data.initiative.name, right.data.initiative.name],
    basedOn: [siteUrl(routes.article(left.id)), siteUrl(routes.article(right.id))],
    more: await claimReviewsOf([left, right]),
  });
}

export async function homeSeo(): Promise<PageSeo> {
  const path = routes.home();
  const image = await cardImage('home');
  const dates = await datesOf(path);
  return {
    title: SITE.name,
    description: SITE.description,
    path,
    type: 'website',
    image,
    dates,
    jsonLd: [webPageLd({ type: 'WebSite', name: SITE.name, description: SITE.description, url: siteUrl(path), publisher, image, dates })],
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
}): Promise<PageSeo> {
  const image = await cardImage(input.card);
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
        url: siteUrl(input.path),
        publisher,
        image,
        ...(dates ? { dates } : {}),
      }),
    ],
  };
}
