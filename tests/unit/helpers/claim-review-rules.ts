/**
 * Google's fact-check (ClaimReview) structured data guidelines, as properties per type:
 * "required" and "recommended" (developers.google.com/search/docs/appearance/structured-data/factcheck).
 * Checked against every ClaimReview the site writes, by the unit tests and over the built pages.
 */
export const CLAIM_REVIEW_RULES = {
  ClaimReview: { required: ['claimReviewed', 'reviewRating', 'url'], recommended: ['author', 'datePublished', 'itemReviewed'] },
  Claim: { required: [], recommended: ['appearance', 'author', 'datePublished', 'firstAppearance'] },
  Rating: { required: ['alternateName'], recommended: ['bestRating', 'name', 'ratingValue', 'worstRating'] },
} as const;

type Ld = Record<string, unknown>;

/**
 * What a ClaimReview lacks or gets wrong: required and recommended properties by type (a Claim's
 * `datePublished` may be missing only when `reportDate` is unknown), a `url` on the page's own
 * site with an anchor, an author with name and url, and a rating within its scale.
 */
export function claimReviewProblems(review: Ld, { site, reportDate }: { site: string; reportDate: string | null }): string[] {
  const problems: string[] = [];
  const check = (type: keyof typeof CLAIM_REVIEW_RULES, node: unknown, optional: string[] = []) => {
    if (typeof node !== 'object' || node === null) return problems.push(`${type} is missing`);
    const record = node as Ld;
    if (record['@type'] !== type) problems.push(`${type} has @type ${String(record['@type'])}`);
    const { required, recommended } = CLAIM_REVIEW_RULES[type];
    for (const key of required) if (record[key] === undefined || record[key] === '') problems.push(`${type}.${key} (required) is missing`);
    for (const key of recommended) if (record[key] === undefined && !optional.includes(key)) problems.push(`${type}.${key} (recommended) is missing`);
  };
  check('ClaimReview', review);
  check('Claim', review.itemReviewed, reportDate === null ? ['datePublished'] : []);
  check('Rating', review.reviewRating);
  if (review['@context'] !== 'https://schema.org') problems.push('@context is not https://schema.org');
  const url = typeof review.url === 'string' ? new URL(review.url) : null;
  if (!url || !url.href.startsWith(site) || !url.hash) problems.push(`url ${String(review.url)} is not an anchor on ${site}`);
  const author = review.author as Ld | undefined;
  if (!author?.name || !author.url) problems.push('author needs a name and a url');
  const rating = review.reviewRating as Ld | undefined;
  if (rating) {
    const [value, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating].map(Number) as [number, number, number];
    if (!(worst <= value && value <= best)) problems.push(`ratingValue ${value} is outside ${worst}–${best}`);
    if (rating.name !== rating.alternateName) problems.push('Rating.name differs from alternateName');
  }
  if (reportDate !== null && (review.itemReviewed as Ld | undefined)?.datePublished !== reportDate)
    problems.push('Claim.datePublished is not the report’s date');
  return problems;
}
