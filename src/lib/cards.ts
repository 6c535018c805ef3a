/**
 * Card models: what each page's link-card image says, picked from the fact views
 * (`fact-view.ts`): the figure in its `short` form with its rate beside it, whose money it is and
 * who says so, its status, sourcing and language as every page gives them. Pure; `og-image.ts`
 * draws them. The card font has no "≈" glyph: cards use the `short` and `plain` forms.
 */
import type { Article } from '../schemas/article.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { articleFacts, measureLabel, type ArticleFacts, type FigureView, type Measure } from './fact-view.ts';
import type { CardModel, CardSide } from './og-image.ts';
import { countryName } from './codes.ts';
import { capitalise, reports, theReports } from './counts.ts';
import { COMPARABLE_WORDS, firstOfMeasure, leadMeasure } from './first-screen.ts';
import { truncate } from './seo.ts';

/** An article with its fact views, converted into the card's currency (none for an article card). */
export interface CardArticle {
  article: Article;
  facts: ArticleFacts;
}

/** An article's card input: its fact views in `currency` (null: as stated). */
export function cardArticle(article: Article, currency: string | null, rates: Rate[], references: Map<string, Reference>): CardArticle {
  return { article, facts: articleFacts({ article, currency, rates, references }) };
}

const shortest = (names: string[]) => names.reduce((a, b) => (b.length < a.length ? b : a));

/** Named partners of the initiative other than the sponsor, shortest name each, at most two. */
export function partnerNames(article: Article): string[] {
  return article.institutions
    .filter((i) => i.id !== article.initiative.sponsor && ['organiser', 'partner', 'beneficiary'].includes(i.role))
    .slice(0, 2)
    .map((i) => shortest([i.name, ...i.aliases]));
}

/** The article's key figure: its first money figure (editors list the main one first), else its first figure. */
export function keyFigure(facts: ArticleFacts): FigureView | undefined {
  return facts.figures.find((f) => f.kind === 'money') ?? facts.figures[0];
}

/** What a card says beside a figure: status first, whose money and who says so (briefly), period (when stated), scope. */
function figureNotes(f: FigureView): string[] {
  return [f.statusText ?? '', f.labelBrief, f.periodKey === 'unspecified' ? '' : f.period, f.scope].filter(Boolean);
}

export function articleCard({ article, facts }: CardArticle): CardModel {
  const figure = keyFigure(facts);
  return {
    kind: 'article',
    kicker: `Report · ${article.initiative.name} · ${countryName(article.initiative.country)}`,
    title: article.title,
    lines: [
      `${article.source.outlet} · ${facts.languageLine} · ${facts.sourcing.line.toLowerCase()}`,
      ...(figure ? [`Key figure: ${figure.forms.plain} (${figureNotes(figure).join('; ')})`] : []),
    ],
  };
}

const moneyOf = (facts: ArticleFacts) => facts.figures.filter((f) => f.kind === 'money');

/** The measure a comparison card leads with: the same choice as the comparison's key figures. */
export function cardMeasure(left: ArticleFacts, right: ArticleFacts): Measure | null {
  return leadMeasure(
    moneyOf(left).map((f) => f.measure),
    moneyOf(right).map((f) => f.measure),
  );
}

/** A side's figure of the card's measure, or undefined when its report gives none. */
export function cardFigure(facts: ArticleFacts, measure: Measure | null): FigureView | undefined {
  return firstOfMeasure(moneyOf(facts), measure) ?? undefined;
}

/**
 * One side of a comparison card: its figure of `measure` large, and beside it (never apart from
 * it) the conversion's rate, whose money it is and who says so, period, scope and any status;
 * "Not given" when its report has no figure of that measure (an unlike figure is never set
 * beside the other side's).
 */
export function comparisonSide({ article, facts }: CardArticle, measure: Measure | null): CardSide {
  const figure = cardFigure(facts, measure);
  const base = {
    name: article.initiative.name,
    place: [countryName(article.initiative.country), ...partnerNames(article)].join(' · '),
    sourcing: facts.sourcing.line,
  };
  if (!figure) {
    const note = measure ? `No figure of ${measureLabel(measure)}` : 'No money figure';
    return { ...base, big: 'Not given', figure: '', figureNote: note };
  }
  const notes = figureNotes(figure);
  if (figure.converted) notes.splice(figure.statusText ? 2 : 1, 0, `${figure.stated} at ${figure.converted.rate.short}`);
  return { ...base, big: figure.inCurrency!.short, figure: figure.stated, figureNote: notes.join(' · ') };
}

/**
 * What the card says of two figures set side by side: never that they are equal, and what makes
 * them unlike, each difference named (`null` when they count the same thing over the same stated
 * period and scope).
 */
export function sideBySideCaveat(a: FigureView, b: FigureView): string | null {
  const notes: string[] = [];
  if (a.periodKey === 'unspecified' && b.periodKey === 'unspecified') notes.push('Neither report states a period for its figure.');
  else if (a.periodKey !== b.periodKey) notes.push(`Their periods differ (${a.period}; ${b.period}).`);
  if (a.scopeKey !== b.scopeKey) notes.push(`Their scopes differ (${a.scope}; ${b.scope}).`);
  if (a.portion !== b.portion) notes.push('One is a share of a larger total, the other a whole.');
  return notes.length > 0 ? notes.join(' ') : null;
}

export type CardComparison = Pick<Comparison, 'title' | 'currency' | 'verdicts' | 'published'>;

/** The card's one verdict line: the money verdict, since the card's figures are money. */
export function verdictLine(comparison: Pick<Comparison, 'verdicts'>): string {
  const money = comparison.verdicts.find((v) => v.dimension === 'money');
  return money ? `${COMPARABLE_WORDS[money.comparable]}: ${money.short}` : '';
}

export function comparisonCard(comparison: CardComparison, left: CardArticle, right: CardArticle): CardModel {
  const measure = cardMeasure(left.facts, right.facts);
  const [a, b] = [cardFigure(left.facts, measure), cardFigure(right.facts, measure)];
  return {
    kind: 'comparison',
    kicker: 'Comparison · our analysis',
    title: comparison.title,
    left: comparisonSide(left, measure),
    right: comparisonSide(right, measure),
    footnote: (a && b && sideBySideCaveat(a, b)) ?? '',
    verdict: verdictLine(comparison),
  };
}

/** The home card names at most this many initiatives: more do not fit, and resvg aborts the build on them. */
export const HOME_CARD_SIDES = 4;

export function homeCard(title: string, subtitle: string, articles: Article[]): CardModel {
  const names = articles.map((a) => `${a.initiative.name} (${countryName(a.initiative.country)})`);
  const shown = HOME_CARD_SIDES - 1;
  const sides = names.length <= HOME_CARD_SIDES ? names : [...names.slice(0, shown), `${names.length - shown} more initiatives`];
  return { kind: 'home', kicker: `${capitalise(reports(articles.length))}, checked`, title, subtitle, sides };
}

/** Order of initiatives wherever the site lists them: by name, in English collation. */
export function byInitiativeName(a: { data: Article }, b: { data: Article }): number {
  return a.data.initiative.name.localeCompare(b.data.initiative.name, 'en');
}

/** What the site's cards are drawn from: plain data, from Astro's collections or from the content files. */
export interface CardContent {
  articles: { id: string; data: Article }[];
  comparisons: { id: string; data: CardComparison; articles: [string, string] }[];
  rates: Rate[];
  /** Secondary sources by id: a conversion names its rate's source. */
  references: Map<string, Reference>;
}

/**
 * Every card of the site, by key: `home`, `article-<id>`, `comparison-<id>`, `data` and
 * `methodology`. Pages name their cards from this; the build starts drawing from it early.
 * The home card is the lead (newest) comparison's, as the home page leads with it.
 */
export function siteCards(content: CardContent, site: { name: string; description: string }): { key: string; model: CardModel }[] {
  const { rates, references } = content;
  const articles = [...content.articles].sort(byInitiativeName);
  const byId = new Map(articles.map((a) => [a.id, a.data]));
  const inCurrency = (id: string, currency: string | null): CardArticle => {
    const article = byId.get(id);
    if (!article) throw new Error(`no article "${id}" for a comparison card`);
    return cardArticle(article, currency, rates, references);
  };
  const comparisons = content.comparisons.map((c) => ({
    ...c,
    model: comparisonCard(c.data, inCurrency(c.articles[0], c.data.currency), inCurrency(c.articles[1], c.data.currency)),
  }));
  const leadCard = (model: CardModel): CardModel => (model.kind === 'comparison' ? { ...model, kicker: 'Latest comparison · our analysis' } : model);
  // Newest first, then by id: the order of the home page.
  const lead = [...comparisons].sort((a, b) => b.data.published.localeCompare(a.data.published, 'en') || a.id.localeCompare(b.id, 'en'))[0];
  return [
    // Its own kicker keeps one picture per card name.
    {
      key: 'home',
      model: lead
        ? leadCard(lead.model)
        : homeCard(
            site.name,
            site.description,
            articles.map((a) => a.data),
          ),
    },
    ...articles.map((a) => ({ key: `article-${a.id}`, model: articleCard(inCurrency(a.id, null)) })),
    ...comparisons.map((c) => ({ key: `comparison-${c.id}`, model: c.model })),
    {
      key: 'data',
      model: {
        kind: 'page',
        kicker: 'Get the data',
        title: `Every fact of ${theReports(articles.length)}, as CSV and JSON`,
        lines: ['One row per fact, with the verbatim passage that states it', 'Money converted with a dated, sourced exchange rate · JSON Schema'],
      },
    },
    {
      key: 'methodology',
      model: {
        kind: 'page',
        kicker: 'Methodology and corrections',
        title: 'How facts are extracted, checked and corrected',
        lines: [
          'Every fact carries the passage that states it; the build proves it is in the text',
          'Inferred dates and converted amounts are labelled as such',
        ],
      },
    },
  ];
}

/** Longest alt text: Twitter's limit. */
export const ALT_MAX = 420;

/**
 * Alt text of a card: what the image says. A figure travels with its rate, label and status in
 * one piece that is never cut; when the whole is too long, the parts that only repeat the page
 * (title, places, sourcing, verdict) go first, whole.
 */
export function cardAlt(model: CardModel, max = Infinity): string {
  const attempts = altAttempts(model).map((parts) => parts.filter(Boolean).join(' '));
  return attempts.find((a) => a.length <= max) ?? attempts.at(-1)!;
}

/** The alt text's parts, longest first; each later attempt drops what repeats the page. */
function altAttempts(model: CardModel): string[][] {
  switch (model.kind) {
    case 'home':
      return [[`${model.title}: ${model.sides.join(' and ')}.`], [truncate(`${model.title}: ${model.sides.join(' and ')}.`, ALT_MAX)]];
    case 'article':
    case 'page': {
      const lines = model.lines.map((l) => `${l}.`);
      return [[`${model.kicker}.`, `${model.title}.`, ...lines], [`${model.title}.`, ...lines], lines];
    }
    case 'comparison': {
      const side = (s: CardSide, place: boolean) =>
        `${s.name}${place ? ` (${s.place.replace(/ · /g, ', ')})` : ''}: ${s.big}${s.figureNote ? ` (${s.figureNote.replace(/ · /g, '; ')})` : ''}.`;
      const sourcing = `Sourcing: ${model.left.name}, ${model.left.sourcing.toLowerCase()}; ${model.right.name}, ${model.right.sourcing.toLowerCase()}.`;
      const verdict = `${model.verdict}.`;
      return [
        [`${model.title}.`, side(model.left, true), side(model.right, true), model.footnote, verdict, sourcing],
        [`${model.title}.`, side(model.left, false), side(model.right, false), model.footnote, verdict],
        [side(model.left, false), side(model.right, false), model.footnote, verdict],
        [side(model.left, false), side(model.right, false), model.footnote],
        // No figure at all rather than a figure without its rate or status.
        [`${model.title}.`, `${model.left.name} and ${model.right.name}: each key figure with its rate, and our verdict.`],
      ];
    }
  }
}
