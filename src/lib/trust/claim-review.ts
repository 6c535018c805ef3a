/**
 * ClaimReview JSON-LD (schema.org; Google's fact-check structured data) for each claim we checked
 * against other reporting: the claim in our words, the claim itself (`Claim`, by its speaker,
 * first appearing in the report), and our rating. The rating's words are the ones the page shows
 * beside the claim: they come from the same claim view (`claimView` in fact-view.ts): the tag's
 * words, as `alternateName` and `name`. A claim no other source covers
 * (`unchecked`) was not reviewed, so it gets none. Pure.
 */
import type { Article } from '../../schemas/article.ts';
import { REPORT_VOICE } from '../../schemas/article.ts';
import { claimView, statusWords, type AspectStatus } from '../fact-view.ts';
import type { Messages } from '../i18n.ts';
import { reportCitation, type JsonLd, type Publisher } from '../jsonld.ts';

/**
 * The numeric form of a rating, worst to best, as the methodology page documents it. Every
 * reviewed status has one (a new status fails to compile here until it is placed on the scale).
 */
export const RATING_SCALE: Record<AspectStatus, number> = { contradicted: 1, unclear: 2, relayed: 3, confirmed: 4 };
export const BEST_RATING = Math.max(...Object.values(RATING_SCALE));
export const WORST_RATING = Math.min(...Object.values(RATING_SCALE));

export interface ClaimReviewInput {
  article: Article;
  /** Absolute URL of the article page; each review points to its claim there (`#fact-<id>`). */
  articleUrl: string;
  /** Who reviews: this site. */
  author: Publisher;
  /** Day each claim's check was published (its last change), by claim id; the page's date otherwise. */
  reviewed: (claimId: string) => string;
  /** The page's language: the review's words and `inLanguage`. */
  messages: Messages;
}

function claimant(article: Article, id: string): JsonLd {
  if (id === REPORT_VOICE) return { '@type': 'Organization', name: article.source.outlet };
  const person = article.people.find((p) => p.id === id);
  if (!person) throw new Error(`unknown person "${id}"`);
  // The title as the page gives it: our translation in the page's language where there is one (`titleGloss` of the article as the page shows it), else as printed.
  const title = person.titleGloss ?? person.title;
  return { '@type': 'Person', name: person.name, ...(title ? { jobTitle: title } : {}) };
}

/** One `ClaimReview` per claim of the article that other reporting was checked for, in the article's order. */
export function claimReviews({ article, articleUrl, author, reviewed, messages: m }: ClaimReviewInput): JsonLd[] {
  const report = reportCitation(article);
  return article.claims.flatMap((claim) => {
    const view = claimView(article, claim, m);
    if (view.status === 'unchecked') return [];
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${articleUrl}#fact-${claim.id}`,
        claimReviewed: claim.claim,
        author: { '@type': 'Organization', name: author.name, url: author.url },
        datePublished: reviewed(claim.id),
        inLanguage: m.lang,
        itemReviewed: {
          '@type': 'Claim',
          author: claimant(article, claim.claimant),
          firstAppearance: report,
          appearance: report,
          ...(article.source.published ? { datePublished: article.source.published } : {}),
        },
        // What the checks find on each aspect, as the claim's details on the page say it.
        reviewBody: view.words,
        reviewRating: {
          '@type': 'Rating',
          alternateName: statusWords(view.status, m),
          name: statusWords(view.status, m),
          ratingValue: RATING_SCALE[view.status],
          bestRating: BEST_RATING,
          worstRating: WORST_RATING,
        },
      },
    ];
  });
}
