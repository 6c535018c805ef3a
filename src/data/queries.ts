/**
 * The one module pages use to read collections. It fails loudly where Astro alone would
 * render an empty page: a missing entry or reference throws, which fails the build.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { evidenceAnchors } from '../lib/article-view.ts';
import type { ComparisonInput, SideInput } from '../lib/compare.ts';
import { href, routes } from '../lib/urls.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ComparisonEntry = CollectionEntry<'comparisons'>;

function nonEmpty<T>(items: T[], collection: string): T[] {
  if (items.length === 0) throw new Error(`The "${collection}" collection is empty: check content/${collection}/`);
  return items;
}

/** All articles, by initiative name. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const articles = await getCollection('articles');
  return nonEmpty(articles, 'articles').sort((a, b) => a.data.initiative.name.localeCompare(b.data.initiative.name, 'en'));
}

export async function getArticle(id: string): Promise<ArticleEntry> {
  const article = await getEntry('articles', id);
  if (!article) throw new Error(`Article "${id}" does not exist in content/articles/`);
  return article;
}

/** All comparisons, newest first. */
export async function getComparisons(): Promise<ComparisonEntry[]> {
  const comparisons = await getCollection('comparisons');
  return nonEmpty(comparisons, 'comparisons').sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

/** The two articles a comparison refers to, left then right. */
export async function comparedArticles(comparison: ComparisonEntry): Promise<[ArticleEntry, ArticleEntry]> {
  const [left, right] = comparison.data.articles;
  return [await getArticle(left.id), await getArticle(right.id)];
}

/** Comparisons an article appears in. */
export async function comparisonsOf(articleId: string): Promise<ComparisonEntry[]> {
  return (await getComparisons()).filter((c) => c.data.articles.some((a) => a.id === articleId));
}

export async function getRates(): Promise<Rate[]> {
  return (await getCollection('rates')).map((r) => r.data);
}

/** Secondary sources by id. */
export async function getReferences(): Promise<Map<string, Reference>> {
  return new Map((await getCollection('references')).map((r) => [r.id, r.data]));
}

/**
 * Everything the comparison view model needs for one comparison: both articles (with their
 * evidence anchors, computed from the body as the article page highlights them), rates and
 * references. Used by the comparison page and the home page.
 */
export async function comparisonInput(comparison: ComparisonEntry): Promise<ComparisonInput> {
  const side = (a: ArticleEntry): SideInput => ({ id: a.id, article: a.data, url: href(routes.article(a.id)), anchors: evidenceAnchors(a.data, a.body ?? '') });
  const [left, right] = await comparedArticles(comparison);
  const { verdicts, currency } = comparison.data;
  return { verdicts, currency, sides: [side(left), side(right)], rates: await getRates(), references: await getReferences() };
}
