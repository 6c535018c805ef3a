/** A comparison of two articles (`content/comparisons/<id>.mdx`): our verdicts per dimension. */
import { z } from 'zod';
import { currencyCode, partialDateString, record, slug, text, title } from './common.ts';

/** The dimensions a comparison page has, in page order; each is a section with this `#id`. */
export const dimensions = ['money', 'partners', 'places', 'timeline', 'focus', 'sourcing', 'claims'] as const;
export type Dimension = (typeof dimensions)[number];

/**
 * What a statement of ours rests on: facts and claims of the compared articles, written
 * `<article-id>/<fact-id>`, and secondary sources by their id in `content/references/`.
 * The content check proves each id exists; the page links each one.
 */
export const restsOnSchema = record({
  facts: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'write a fact as "<article-id>/<fact-id>"' })).default([]),
  references: z.array(slug).default([]),
});

export const verdictSchema = record({
  /** Which dimension (closed list; also the section's `#anchor`). */
  dimension: z.enum(dimensions),
  /** The finding in a few words, for the scorecard at the top of the page: "Announced about eight weeks apart". */
  short: text.max(48, { error: 'short must be at most 48 characters: a few words for the scorecard' }),
  /** Our finding in one line. */
  finding: text,
  /** Whether the two sides can be compared on this dimension. */
  comparable: z.enum(['yes', 'partly', 'no']),
  /** Why (or why not), in one or two sentences. */
  why: text,
  /** The facts, claims and references the finding rests on. */
  restsOn: restsOnSchema.default({ facts: [], references: [] }),
});

/** The fields, without cross-field checks; `src/content.config.ts` swaps `articles` for references. */
export const comparisonFields = record({
  /** Page headline. */
  title,
  /** One- or two-sentence standfirst under the headline: our main finding. */
  dek: text,
  /** The facts, claims and references the title and dek (the home page's finding) rest on. */
  restsOn: restsOnSchema.default({ facts: [], references: [] }),
  /** Our conclusion in at most two sentences, shown under the scorecard at the top of the page. */
  conclusion: text.nullable().default(null),
  /** Day the comparison went public. Its published history starts there: earlier commits are drafts. */
  published: partialDateString,
  /** Date of the last substantive update, if any. */
  updated: partialDateString.nullable().default(null),
  /** The two articles compared, left then right (ids in `content/articles/`). */
  articles: z.tuple([slug, slug]),
  /** Currency every money figure is converted to, e.g. `EUR`. */
  currency: currencyCode,
  /** One verdict per dimension, each dimension exactly once. */
  verdicts: z.array(verdictSchema),
  /**
   * The dimensions by news value, most newsworthy first: the scorecard, the section bar and the
   * sections follow it. Dimensions left out follow in the default order (`dimensionOrder`:
   * verdicts that rest on the facts backing the title and dek first). Example:
   * `[sourcing, claims, money]`.
   */
  order: z.array(z.enum(dimensions)).default([]),
});

type ArticleRef = string | { id: string };
const idOf = (ref: ArticleRef) => (typeof ref === 'string' ? ref : ref.id);

/** Cross-field rules: two different articles; each dimension judged exactly once and ordered at most once. */
export function checkComparison(
  value: { articles: [ArticleRef, ArticleRef]; verdicts: { dimension: Dimension }[]; order?: Dimension[] },
  ctx: z.RefinementCtx,
) {
  const [left, right] = value.articles.map(idOf);
  if (left === right) {
    ctx.addIssue({ code: 'custom', path: ['articles', 1], message: `an article cannot be compared with itself ("${left}")` });
  }
  for (const dimension of dimensions) {
    const count = value.verdicts.filter((v) => v.dimension === dimension).length;
    if (count !== 1) ctx.addIssue({ code: 'custom', path: ['verdicts'], message: `needs exactly one verdict for "${dimension}", found ${count}` });
  }
  (value.order ?? []).forEach((dimension, i, order) => {
    if (order.indexOf(dimension) !== i)
      ctx.addIssue({ code: 'custom', path: ['order', i], message: `"${dimension}" is listed twice: list each dimension once` });
  });
}

export const comparisonSchema = comparisonFields.superRefine(checkComparison);

export type Comparison = z.output<typeof comparisonSchema>;
export type Verdict = z.output<typeof verdictSchema>;
export type RestsOn = z.output<typeof restsOnSchema>;
