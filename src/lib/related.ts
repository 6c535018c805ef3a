/**
 * Navigation between comparisons: which other comparisons share a report with this one, and
 * through which report. Pure; `src/build/entries.ts` feeds it the collection.
 */

/** What navigation needs of a comparison. */
export interface ComparisonRef {
  id: string;
  title: string;
  dek: string;
  published: string;
  /** Ids of the two articles compared, left then right. */
  articles: readonly [string, string];
}

/** A comparison linked from another, with the reports the two have in common. */
export interface RelatedComparison extends ComparisonRef {
  /** Ids of the articles both comparisons include (one, or two for the same pair). */
  shared: string[];
}

/** Newest first; same day by id, so the order is stable. */
export function newestFirst(a: { id: string; published: string }, b: { id: string; published: string }): number {
  return b.published.localeCompare(a.published, 'en') || a.id.localeCompare(b.id, 'en');
}

/**
 * The other comparisons that include either of this comparison's reports, newest first,
 * each with the reports it shares. Empty when this comparison's reports are compared nowhere else.
 */
export function relatedComparisons(all: readonly ComparisonRef[], id: string): RelatedComparison[] {
  const self = all.find((c) => c.id === id);
  if (!self) throw new Error(`no comparison "${id}" to relate`);
  return all
    .filter((c) => c.id !== id)
    .map((c) => ({ ...c, shared: self.articles.filter((a) => c.articles.includes(a)) }))
    .filter((c) => c.shared.length > 0)
    .sort(newestFirst);
}
