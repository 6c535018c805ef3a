/**
 * The one module pages use to read collections. It fails loudly where Astro alone would
 * render an empty page: a missing entry or reference throws, which fails the build.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import anchorsOf from 'virtual:evidence-anchors';
import { byInitiativeName } from '../lib/cards.ts';
import type { ComparisonInput, SideInput } from '../lib/compare/index.ts';
import type { Messages } from '../lib/i18n.ts';
import { newestFirst, relatedComparisons, type ComparisonRef, type RelatedComparison } from '../lib/related.ts';
import { href, routes } from '../lib/urls.ts';
import { editionParams, localRoute } from '../site.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { articleData, comparisonData, isAnalysisPending, rateIn, referenceIn } from './analysis-state.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ComparisonEntry = CollectionEntry<'comparisons'>;

/**
 * Pages call these queries once each, so without memoisation every page would re-read and
 * re-sort whole collections (O(N) per page, O(N²) per build). A build is one process over
 * content that does not change, so results are kept for the process; `astro dev` recomputes
 * on every call, so an edited file shows on reload.
 */
export function memo<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    cached ??= { value: compute() };
    return cached.value;
  };
}

/** `memo` per key (an entry id). */
export function memoBy<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (import.meta.env.DEV) return compute(key);
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

function nonEmpty<T>(items: T[], collection: string): T[] {
  if (items.length === 0) throw new Error(`The "${collection}" collection is empty: check content/${collection}/`);
  return items;
}

const sortedArticles = memo(async () => {
  const articles = await getCollection('articles');
  return nonEmpty(articles, 'articles').sort(byInitiativeName);
});

/** All articles, by initiative name. */
export async function getArticles(): Promise<ArticleEntry[]> {
  return [...(await sortedArticles())];
}

export async function getArticle(id: string): Promise<ArticleEntry> {
  const article = await getEntry('articles', id);
  if (!article) throw new Error(`Article "${id}" does not exist in content/articles/`);
  return article;
}

const sortedComparisons = memo(async () => {
  const comparisons = await getCollection('comparisons');
  return nonEmpty(comparisons, 'comparisons').sort((a, b) => newestFirst({ id: a.id, published: a.data.published }, { id: b.id, published: b.data.published }));
});

/** All comparisons, newest first. */
export async function getComparisons(): Promise<ComparisonEntry[]> {
  return [...(await sortedComparisons())];
}

/** Article id → the comparisons it appears in, newest first. */
const comparisonsByArticle = memo(async () => {
  const index = new Map<string, ComparisonEntry[]>();
  for (const c of await sortedComparisons()) {
    for (const id of new Set(c.data.articles.map((a) => a.id))) index.set(id, [...(index.get(id) ?? []), c]);
  }
  return index;
});

/** `getStaticPaths` of a `[...lang]` route: each of `paths` in every edition. */
export function inEditions<P extends Record<string, string>, T>(paths: { params: P; props: T }[]) {
  return editionParams().flatMap(({ lang }) => paths.map(({ params, props }) => ({ params: { ...params, lang }, props })));
}

/** `getStaticPaths` of every route with one page per comparison (the comparison, its history and its share page), in every edition. */
export async function comparisonPaths() {
  return inEditions((await getComparisons()).map((comparison) => ({ params: { id: comparison.id }, props: { comparison } })));
}

/** `getStaticPaths` of every route with one page per article (the article and its history), in every edition. */
export async function articlePaths() {
  return inEditions((await getArticles()).map((article) => ({ params: { id: article.id }, props: { article } })));
}

/** `getStaticPaths` of a `[...lang]` route with one page per edition. */
export const editionPaths = () => editionParams().map((params) => ({ params }));

/** The two articles a comparison refers to, left then right. */
export async function comparedArticles(comparison: ComparisonEntry): Promise<[ArticleEntry, ArticleEntry]> {
  const [left, right] = comparison.data.articles;
  return [await getArticle(left.id), await getArticle(right.id)];
}

/** Comparisons an article appears in. */
export async function comparisonsOf(articleId: string): Promise<ComparisonEntry[]> {
  return [...((await comparisonsByArticle()).get(articleId) ?? [])];
}

const comparisonRefs = memo(async (): Promise<ComparisonRef[]> =>
  (await sortedComparisons()).map((c) => ({
    id: c.id,
    title: c.data.title,
    dek: c.data.dek,
    published: c.data.published,
    articles: [c.data.articles[0].id, c.data.articles[1].id],
  })),
);

/** The other comparisons that include either report of this one, newest first, with the reports they share. */
export async function relatedTo(comparison: ComparisonEntry): Promise<RelatedComparison[]> {
  return relatedComparisons(await comparisonRefs(), comparison.id);
}

const rates = memo(async () => (await getCollection('rates')).map((r) => [r.id, r.data] as const));

/** Exchange rates; in `m`'s edition (their kind and why in our translation) when given, else as written. */
export async function getRates(m?: Pick<Messages, 'lang'>): Promise<Rate[]> {
  return (await rates()).map(([id, rate]) => (m ? rateIn(id, rate, m) : rate));
}

const references = memo(async () => new Map((await getCollection('references')).map((r) => [r.id, r.data])));

/** Secondary sources by id; in `m`'s edition (how we name them, our notes on their dates) when given, else as written. */
export async function getReferences(m?: Pick<Messages, 'lang'>): Promise<Map<string, Reference>> {
  return new Map([...(await references())].map(([id, reference]) => [id, m ? referenceIn(id, reference, m) : reference]));
}

/**
 * Fact id → evidence anchor of an article: the anchors the content check located in its body,
 * which the highlighter places there (`rehype-evidence`, from the same passages).
 */
export async function articleAnchors(article: ArticleEntry): Promise<Map<string, string>> {
  const anchors = anchorsOf(article.id);
  if (!anchors) {
    throw new Error(
      `content/articles/${article.id}.mdx: the content check gave no evidence anchors for this article (a passage missing from its body, or no content-guard integration in astro.config.mjs)`,
    );
  }
  return new Map(Object.entries(anchors));
}

/**
 * Everything the comparison view model needs for one comparison: both articles (with their
 * evidence anchors, as the article page highlights them), rates and references. Used by the
 * comparison page and the home page; `messages` are the reader's language's.
 */
export async function comparisonInput(comparison: ComparisonEntry, messages: Messages): Promise<ComparisonInput> {
  const side = async (a: ArticleEntry): Promise<SideInput> => ({
    id: a.id,
    article: articleData(a, messages),
    notesLang: isAnalysisPending(messages, 'articles', a.id) ? messages.analysisLang : undefined,
    url: href(localRoute(routes.article(a.id), messages)),
    anchors: await articleAnchors(a),
  });
  const [left, right] = await comparedArticles(comparison);
  const { currency, restsOn, order } = comparison.data;
  const { verdicts } = comparisonData(comparison.id, comparison.data, messages);
  return {
    verdicts,
    order,
    restsOn,
    currency,
    sides: [await side(left), await side(right)],
    rates: await getRates(messages),
    references: await getReferences(messages),
    messages,
  };
}
