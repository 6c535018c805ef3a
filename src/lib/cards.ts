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
import { articleFacts, capitaliseIn, measureLabel, reportCredit, type ArticleFacts, type FigureView, type Measure } from './fact-view.ts';
import type { CardModel, CardSide } from './og-image.ts';
import { countryName } from './codes.ts';
import { reports, theReports } from './counts.ts';
import { comparableWords, firstByMeasure, firstOfMeasure, leadMeasure } from './first-screen.ts';
import { listText, type Messages } from './i18n.ts';
import { shorten } from './shorten.ts';

/** An article with its fact views, converted into the card's currency (none for an article card). */
export interface CardArticle {
  article: Article;
  facts: ArticleFacts;
}

/** An article's card input: its fact views in `currency` (null: as stated), in the card's language. */
export function cardArticle(article: Article, currency: string | null, rates: Rate[], references: Map<string, Reference>, m: Messages): CardArticle {
  return { article, facts: articleFacts({ article, currency, rates, references, messages: m }) };
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

/** What a card says beside a figure: status first, whose money and who says so (briefly), period ("period not stated" too), scope. */
function figureNotes(f: FigureView): string[] {
  return [f.statusText ?? '', f.labelBrief, f.period, f.scope].filter(Boolean);
}

export function articleCard({ article, facts }: CardArticle, m: Messages): CardModel {
  const figure = keyFigure(facts);
  // A translation's credit names both languages; any other report gives its outlet and language line.
  const credit = reportCredit(article.source, m);
  const from = credit === article.source.outlet ? `${credit} · ${facts.languageLine}` : credit;
  return {
    kind: 'article',
    kicker: m.t('card.articleKicker', { name: article.initiative.name, country: countryName(article.initiative.country, m.locale) }),
    title: article.title,
    lines: [
      `${from} · ${facts.sourcing.line.toLocaleLowerCase(m.locale)}`,
      ...(figure ? [m.t('card.keyFigure', { figure: figure.forms.plain, notes: figureNotes(figure).join(m.t('common.semicolon')) })] : []),
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
export function comparisonSide({ article, facts }: CardArticle, measure: Measure | null, m: Messages): CardSide {
  const figure = cardFigure(facts, measure);
  const base = {
    name: article.initiative.name,
    place: [countryName(article.initiative.country, m.locale), ...partnerNames(article)].join(' · '),
    sourcing: facts.sourcing.line,
  };
  if (!figure) {
    // What the report gives instead, as the page's key figures say it: never "no money figure" when it has one of another measure.
    const instead = firstByMeasure(moneyOf(facts));
    const none = measure ? m.t('card.noFigureOf', { measure: measureLabel(measure, m) }) : m.t('card.noMoney');
    const whose = instead ? (instead.whose ?? instead.labelBrief) : '';
    return {
      ...base,
      big: m.t('card.notGiven'),
      figure: '',
      figureNote: instead
        ? m.t('card.noFigureInstead', {
            none,
            whose,
            figure: instead.forms.plain,
            notes: [instead.period, instead.scope, instead.statusText].filter(Boolean).join(', '),
          })
        : none,
      // Where room is short: the same figure, its status's worst aspects alone (as the first screen gives them).
      figureNoteBrief: instead
        ? m.t('card.insteadBrief', {
            whose,
            figure: instead.forms.plain,
            notes: [instead.period, instead.scope, instead.statusShort].filter(Boolean).join(', '),
          })
        : none,
    };
  }
  const notes = figureNotes(figure);
  if (figure.converted) notes.splice(figure.statusText ? 2 : 1, 0, m.t('card.atRate', { stated: figure.stated, rate: figure.converted.rate.short }));
  return { ...base, big: figure.inCurrency!.short, figure: figure.stated, figureNote: notes.join(' · ') };
}

/**
 * What the card says of two figures set side by side: never that they are equal, and what makes
 * them unlike, each difference named (`null` when they count the same thing over the same stated
 * period and scope).
 */
export function sideBySideCaveat(a: FigureView, b: FigureView, m: Messages): string | null {
  const notes: string[] = [];
  if (a.periodKey === 'unspecified' && b.periodKey === 'unspecified') notes.push(m.t('card.noPeriods'));
  else if (a.periodKey !== b.periodKey) notes.push(m.t('card.periodsDiffer', { a: a.period, b: b.period }));
  if (a.scopeKey !== b.scopeKey) notes.push(m.t('card.scopesDiffer', { a: a.scope, b: b.scope }));
  if (a.portion !== b.portion) notes.push(m.t('card.portionsDiffer'));
  return notes.length > 0 ? notes.join(' ') : null;
}

export type CardComparison = Pick<Comparison, 'title' | 'currency' | 'verdicts' | 'published'>;

/** The card's one verdict line: the money verdict, since the card's figures are money. */
export function verdictLine(comparison: Pick<Comparison, 'verdicts'>, m: Messages): string {
  const money = comparison.verdicts.find((v) => v.dimension === 'money');
  return money ? m.t('card.verdict', { comparable: comparableWords(money.comparable, m), short: money.short }) : '';
}

export function comparisonCard(comparison: CardComparison, left: CardArticle, right: CardArticle, m: Messages): CardModel {
  const measure = cardMeasure(left.facts, right.facts);
  const [a, b] = [cardFigure(left.facts, measure), cardFigure(right.facts, measure)];
  return {
    kind: 'comparison',
    kicker: m.t('card.comparisonKicker'),
    title: comparison.title,
    left: comparisonSide(left, measure, m),
    right: comparisonSide(right, measure, m),
    footnote: (a && b && sideBySideCaveat(a, b, m)) ?? '',
    verdict: verdictLine(comparison, m),
  };
}

/** The home card names at most this many initiatives: more do not fit, and resvg aborts the build on them. */
export const HOME_CARD_SIDES = 4;

export function homeCard(title: string, subtitle: string, articles: Article[], m: Messages): CardModel {
  const names = articles.map((a) => m.t('common.withNote', { text: a.initiative.name, note: countryName(a.initiative.country, m.locale) }));
  const shown = HOME_CARD_SIDES - 1;
  const sides = names.length <= HOME_CARD_SIDES ? names : [...names.slice(0, shown), m.t('card.moreInitiatives', { count: names.length - shown })];
  return { kind: 'home', kicker: m.t('card.homeKicker', { reports: capitaliseIn(reports(articles.length, m), m.locale) }), title, subtitle, sides };
}

/** Order of initiatives wherever the site lists them: by name, in English collation (the same order in every edition). */
export function byInitiativeName(a: { data: Article }, b: { data: Article }): number {
  return a.data.initiative.name.localeCompare(b.data.initiative.name, 'en');
}

/**
 * What the site's cards are drawn from: plain data, from Astro's collections or from the content
 * files, as one edition shows it (articles and comparisons with our words in its language).
 */
export interface CardContent {
  articles: { id: string; data: Article }[];
  comparisons: { id: string; data: CardComparison; articles: [string, string] }[];
  rates: Rate[];
  /** Secondary sources by id: a conversion names its rate's source. */
  references: Map<string, Reference>;
}

/**
 * Every card of one edition, by key: `home`, `article-<id>`, `comparison-<id>`, `data` and
 * `methodology`. Pages name their cards from this; the build starts drawing from it early.
 * The home card is the lead (newest) comparison's, as the home page leads with it.
 */
export function siteCards(content: CardContent, m: Messages): { key: string; model: CardModel }[] {
  const { rates, references } = content;
  const articles = [...content.articles].sort(byInitiativeName);
  const byId = new Map(articles.map((a) => [a.id, a.data]));
  const inCurrency = (id: string, currency: string | null): CardArticle => {
    const article = byId.get(id);
    if (!article) throw new Error(`no article "${id}" for a comparison card`);
    return cardArticle(article, currency, rates, references, m);
  };
  const comparisons = content.comparisons.map((c) => ({
    ...c,
    model: comparisonCard(c.data, inCurrency(c.articles[0], c.data.currency), inCurrency(c.articles[1], c.data.currency), m),
  }));
  const leadCard = (model: CardModel): CardModel => (model.kind === 'comparison' ? { ...model, kicker: m.t('card.latestKicker') } : model);
  // Newest first, then by id: the order of the home page.
  const lead = [...comparisons].sort((a, b) => b.data.published.localeCompare(a.data.published, 'en') || a.id.localeCompare(b.id, 'en'))[0];
  return [
    // Its own kicker keeps one picture per card name.
    {
      key: 'home',
      model: lead
        ? leadCard(lead.model)
        : homeCard(
            m.t('site.name'),
            m.t('site.description'),
            articles.map((a) => a.data),
            m,
          ),
    },
    ...articles.map((a) => ({ key: `article-${a.id}`, model: articleCard(inCurrency(a.id, null), m) })),
    ...comparisons.map((c) => ({ key: `comparison-${c.id}`, model: c.model })),
    {
      key: 'data',
      model: {
        kind: 'page',
        kicker: m.t('card.dataKicker'),
        title: m.t('card.dataTitle', { reports: theReports(articles.length, m) }),
        lines: [m.t('card.dataLine1'), m.t('card.dataLine2')],
      },
    },
    {
      key: 'methodology',
      model: {
        kind: 'page',
        kicker: m.t('card.methodologyKicker'),
        title: m.t('card.methodologyTitle'),
        lines: [m.t('card.methodologyLine1'), m.t('card.methodologyLine2')],
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
export function cardAlt(model: CardModel, m: Messages, max = Infinity, withFigures = false): string {
  const all = altAttempts(model, m).map((parts) => parts.filter(Boolean).join(' '));
  // `withFigures`: never the last resort that names no figure (the caller has a longer fallback).
  const attempts = withFigures && model.kind === 'comparison' ? all.slice(0, -1) : all;
  return attempts.find((a) => a.length <= max) ?? attempts.at(-1)!;
}

/** The alt text's parts, longest first; each later attempt drops what repeats the page. */
function altAttempts(model: CardModel, m: Messages): string[][] {
  switch (model.kind) {
    case 'home': {
      const text = `${m.t('common.labelled', { label: model.title, text: listText(model.sides, m.locale) })}.`;
      return [[text], [shorten(text, ALT_MAX)]];
    }
    case 'article':
    case 'page': {
      const lines = model.lines.map((l) => `${l}.`);
      return [[`${model.kicker}.`, `${model.title}.`, ...lines], [`${model.title}.`, ...lines], lines];
    }
    case 'comparison': {
      // A side without a figure gives the figure its report gives instead with the status in brief where room is short.
      const side = (s: CardSide, place: boolean) => {
        const note = place ? s.figureNote : (s.figureNoteBrief ?? s.figureNote);
        const label = `${s.name}${place ? ` (${s.place.replace(/ · /g, ', ')})` : ''}`;
        return `${m.t('common.labelled', { label, text: s.big })}${note ? ` (${note.replace(/ · /g, m.t('common.semicolon'))})` : ''}.`;
      };
      const sourcing = m.t('cardAlt.sourcing', {
        left: model.left.name,
        leftSourcing: model.left.sourcing.toLocaleLowerCase(m.locale),
        right: model.right.name,
        rightSourcing: model.right.sourcing.toLocaleLowerCase(m.locale),
      });
      const verdict = `${model.verdict}.`;
      return [
        [`${model.title}.`, side(model.left, true), side(model.right, true), model.footnote, verdict, sourcing],
        [`${model.title}.`, side(model.left, false), side(model.right, false), model.footnote, verdict],
        [side(model.left, false), side(model.right, false), model.footnote, verdict],
        [side(model.left, false), side(model.right, false), model.footnote],
        // No figure at all rather than a figure without its rate or status.
        [`${model.title}.`, m.t('cardAlt.noFigure', { left: model.left.name, right: model.right.name })],
      ];
    }
  }
}
