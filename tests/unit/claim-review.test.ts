import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { claimTag } from '../../src/lib/article-view.ts';
import { checkedData } from '../../src/lib/content-check.ts';
import { claimView, statusWords } from '../../src/lib/fact-view.ts';
import { BEST_RATING, claimReviews, RATING_SCALE, WORST_RATING } from '../../src/lib/trust/claim-review.ts';
import { ROOT } from '../helpers/project.ts';
import { claimReviewProblems } from './helpers/claim-review-rules.ts';
import { en } from '../helpers/messages.ts';

const site = 'https://o.github.io/r/';
const articles = [...checkedData(readContent(ROOT).files).valid.articles.values()].map((a) => a.data);
const many = [...checkedData(readContent(`${ROOT}/tests/fixtures/many-reports`).files).valid.articles.values()].map((a) => a.data);

describe.each([
  ['our content', articles],
  ['the many-reports fixture', many],
])('ClaimReview over %s', (_name, list) => {
  const reviews = list.map((article) => ({
    article,
    reviews: claimReviews({ article, articleUrl: `${site}articles/x/`, author: { name: 'Site', url: site }, reviewed: () => '2026-11-30', messages: en }),
  }));

  it('one per claim checked against other reporting, none for a claim no other source covers', () => {
    for (const { article, reviews: list } of reviews) {
      expect(list.map((r) => r.url)).toEqual(
        article.claims.filter((c) => claimView(article, c, en).status !== 'unchecked').map((c) => `${site}articles/x/#fact-${c.id}`),
      );
    }
    expect(reviews.flatMap((r) => r.reviews).length).toBeGreaterThan(0);
  });

  it('has Google’s required and recommended properties', () => {
    for (const { article, reviews: list } of reviews) {
      for (const review of list) expect(claimReviewProblems(review, { site, reportDate: article.source.published })).toEqual([]);
    }
  });

  it('rates each claim in the words the page shows beside it, and says who made the claim where it first appeared', () => {
    for (const { article, reviews: list } of reviews) {
      for (const review of list) {
        const claim = article.claims.find((c) => review.url === `${site}articles/x/#fact-${c.id}`)!;
        const rating = review.reviewRating as Record<string, unknown>;
        const view = claimView(article, claim, en);
        expect(rating.alternateName).toBe(claimTag(view.status, en).label);
        expect(rating.alternateName).toBe(statusWords(view.status, en));
        expect(rating.ratingValue).toBe(RATING_SCALE[view.status as keyof typeof RATING_SCALE]);
        expect(review.claimReviewed).toBe(claim.claim);
        const item = review.itemReviewed as Record<string, Record<string, unknown>>;
        const person = article.people.find((p) => p.id === claim.claimant);
        expect(item.author).toMatchObject(person ? { '@type': 'Person', name: person.name } : { '@type': 'Organization', name: article.source.outlet });
        const first = item.firstAppearance as Record<string, Record<string, unknown>>;
        expect(first).toMatchObject({ headline: article.source.headline });
        // A translation's outlet published the original, not the text we hold.
        expect(first.publisher ?? first.translationOfWork!.publisher).toMatchObject({ name: article.source.outlet });
      }
    }
  });
});

describe('the rating scale', () => {
  it('orders the statuses worst to best', () => {
    expect([RATING_SCALE.contradicted, RATING_SCALE.unclear, RATING_SCALE.relayed, RATING_SCALE.confirmed]).toEqual([1, 2, 3, 4]);
    expect([WORST_RATING, BEST_RATING]).toEqual([1, 4]);
  });

  it('the checker finds what is missing', () => {
    expect(claimReviewProblems({ '@type': 'ClaimReview', url: 'https://elsewhere.org/x' }, { site, reportDate: null })).toEqual(
      expect.arrayContaining([
        'ClaimReview.claimReviewed (required) is missing',
        'ClaimReview.reviewRating (required) is missing',
        'ClaimReview.author (recommended) is missing',
        'Claim is missing',
        'Rating is missing',
        `url https://elsewhere.org/x is not an anchor on ${site}`,
      ]),
    );
  });
});

describe('ClaimReview in the page’s language', () => {
  const englishReviews = (article: (typeof articles)[number]) =>
    claimReviews({ article, articleUrl: `${site}articles/x/`, author: { name: 'Site', url: site }, reviewed: () => '2026-11-30', messages: en });

  it('gives a speaker’s title as the page does: our translation where the edition has one, else as printed', () => {
    const jalisco = articles.find((a) => a.people.some((p) => p.titleGloss))!;
    const reviews = englishReviews(jalisco);
    const titles = reviews.map((r) => (r.itemReviewed as { author: { jobTitle?: string } }).author.jobTitle).filter(Boolean);
    const person = jalisco.people.find((p) => p.titleGloss)!;
    expect(titles).toContain(person.titleGloss);
    expect(titles).not.toContain(person.title);
    const asPrinted = { ...jalisco, people: jalisco.people.map((p) => ({ ...p, titleGloss: null })) };
    const printed = englishReviews(asPrinted);
    expect(printed.map((r) => (r.itemReviewed as { author: { jobTitle?: string } }).author.jobTitle)).toContain(person.title);
  });
});
