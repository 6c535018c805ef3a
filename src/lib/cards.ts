/**
 * Card models: what each page's link-card image says, built from the article and comparison
 * data (figures through `money.ts`, never retyped). Pure; `og-image.ts` draws them.
 */
import type { Article } from '../schemas/article.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Rate } from '../schemas/rate.ts';
import type { Reference } from '../schemas/reference.ts';
import { checksByFact, measureLabel, rateView, statusOf, statusWords, type Measure } from './fact-view.ts';
import type { CardModel, CardSide } from './og-image.ts';
import { countryName } from './codes.ts';
import { capitalise, reports, theReports } from './counts.ts';
import { convertMoney, formatAmount, hedgeLabel, periodLabel, scopeLabel } from './money.ts';
import { COMPARABLE_WORDS, firstOfMeasure, leadMeasure } from './first-screen.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';
import { truncate } from './seo.ts';

/* The card font has no "≈" glyph: cards say "about" instead. */

/** The article's key figure: its first money amount (editors list the main one first), else its first amount. */
export function keyAmount(article: Article) {
  return article.amounts.find((a) => a.kind === 'money') ?? article.amounts[0];
}

/** The period in a card: left out when the report does not state it (the page says so in full). */
function periodWords(period: Article['amounts'][number]['period']): string {
  return period === 'unspecified' ? '' : periodLabel(period);
}

const shortest = (names: string[]) => names.reduce((a, b) => (b.length < a.length ? b : a));

/** Named partners of the initiative other than the sponsor, shortest name each, at most two. */
export function partnerNames(article: Article): string[] {
  return article.institutions
    .filter((i) => i.id !== article.initiative.sponsor && ['organiser', 'partner', 'beneficiary'].includes(i.role))
    .slice(0, 2)
    .map((i) => shortest([i.name, ...i.aliases]));
}

/** "4 named people quoted" / "No named person quoted". */
export function sourcingLine(article: Article): string {
  const n = article.people.filter((p) => p.quoted).length;
  return n === 0 ? 'No named person quoted' : `${n} named ${n === 1 ? 'person' : 'people'} quoted`;
}

function languageLine(article: Article): string {
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  const { source } = article;
  const lang = languages.of(source.language) ?? source.language;
  return source.translatedFrom ? `${lang} translation of a ${languages.of(source.translatedFrom)} original` : `in ${lang}`;
}

/** What a card says beside a figure: any check status first, what money measures, period (when stated), scope. */
function figureNotes(article: Article, amount: Article['amounts'][number]): string[] {
  const status = statusOf(checksByFact(article).get(amount.id) ?? []);
  return [
    status && statusWords(status),
    amount.kind === 'money' ? measureLabel(amount.measure) : '',
    periodWords(amount.period),
    scopeLabel(amount.scope),
  ].filter((x): x is string => Boolean(x));
}

export function articleCard(article: Article): CardModel {
  const amount = keyAmount(article);
  const place = countryName(article.initiative.country);
  return {
    kind: 'article',
    kicker: `Report · ${article.initiative.name} · ${place}`,
    title: article.title,
    lines: [
      `${article.source.outlet} · ${languageLine(article)} · ${sourcingLine(article).toLowerCase()}`,
      ...(amount ? [`Key figure: ${formatAmount(amount)} (${figureNotes(article, amount).join(', ')})`] : []),
    ],
  };
}

/** "€140k", "€250m", "€2bn" (two significant digits, as conversions are shown everywhere): a figure short enough to set at 76 px in the card's square. */
export function shortMoney(value: number, currency: string): string {
  const text = new Intl.NumberFormat('en-GB', { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 2 }).format(value);
  return text
    .replace(/(\d)K$/, '$1k')
    .replace(/(\d)M$/, '$1m')
    .replace(/(\d)B$/, '$1bn')
    .replace(/(\d)T$/, '$1tn');
}

/** The key figure, large: in the comparison's currency, with the report's hedge ("about" too when we converted it). */
export function bigFigure(amount: Article['amounts'][number] | undefined, currency: string, rates: Rate[]): string {
  if (!amount) return 'No figure';
  if (amount.kind !== 'money') return formatAmount(amount);
  const converted = amount.currency !== currency;
  const hedge = hedgeLabel(amount.hedge) || (converted ? 'about' : '');
  return [hedge, shortMoney(convertMoney(amount, currency, rates).converted, currency)].filter(Boolean).join(' ');
}

type AmountFact = Article['amounts'][number];
type MoneyFact = Extract<AmountFact, { kind: 'money' }>;

const moneyOf = (article: Article): MoneyFact[] => article.amounts.filter((a): a is MoneyFact => a.kind === 'money');

/** The measure a comparison card leads with: the same choice as the comparison's key figures. */
export function cardMeasure(left: Article, right: Article): Measure | null {
  return leadMeasure(
    moneyOf(left).map((a) => a.measure),
    moneyOf(right).map((a) => a.measure),
  );
}

/** A side's figure of the card's measure, or undefined when its report gives none. */
export function cardAmount(article: Article, measure: Measure | null): MoneyFact | undefined {
  return firstOfMeasure(moneyOf(article), measure) ?? undefined;
}

/**
 * One side of a comparison card: its figure of `measure` large, with what it measures, as
 * stated, period, scope and any check status; "Not given" when its report has no figure of that
 * measure (an unlike figure is never set beside the other side's).
 */
export function comparisonSide(article: Article, currency: string, rates: Rate[], measure: Measure | null): CardSide {
  const amount = cardAmount(article, measure);
  const partners = partnerNames(article);
  const base = {
    name: article.initiative.name,
    place: [countryName(article.initiative.country), partners.join(', ')].filter(Boolean).join(' · '),
    sourcing: sourcingLine(article),
  };
  if (!amount) {
    const note = measure ? `No figure of ${measureLabel(measure)} in this report` : 'No money figure in this report';
    return { ...base, big: 'Not given', figure: '', figureNote: note };
  }
  const figure = formatAmount(amount);
  const notes = [measureLabel(amount.measure), periodWords(amount.period), scopeLabel(amount.scope)].filter(Boolean);
  if (amount.currency !== currency) notes.splice(1, 0, `${figure} as stated`);
  // A figure a contradicted or unclear check covers says so on the card too.
  const status = statusOf(checksByFact(article).get(amount.id) ?? []);
  if (status) notes.unshift(statusWords(status));
  return { ...base, big: bigFigure(amount, currency, rates), figure, figureNote: notes.join(' · ') };
}

/** The rates a comparison's key figures were converted with, as one line. */
export function ratesLine(articles: Article[], currency: string, rates: Rate[], references: Map<string, Reference> = new Map()): string {
  const measure = articles.length === 2 ? cardMeasure(articles[0]!, articles[1]!) : null;
  const amounts = articles.map((a) => cardAmount(a, measure));
  const used = new Map<string, string>();
  for (const amount of amounts) {
    if (!amount || amount.currency === currency) continue;
    const { rate } = convertMoney(amount, currency, rates);
    // With its source when known: the rate's value, date and source travel with the conversion.
    if (rate)
      used.set(
        `${rate.rate.base}${rate.rate.quote}`,
        references.has(rate.rate.source)
          ? rateView(rate.rate, references).short
          : `1 ${rate.rate.base} = ${rate.rate.approximate ? 'about ' : ''}${rate.rate.value} ${rate.rate.quote} (${formatPartialDate(partialDate(rate.rate.date))})`,
      );
  }
  const [a, b] = amounts;
  const caveat = a && b && !sameMeasure(a, b) ? 'Their periods or scopes differ.' : '';
  return [used.size > 0 ? `At ${[...used.values()].join('; ')}.` : '', caveat].filter(Boolean).join(' ');
}

/**
 * Whether two key figures count the same kind of thing over the same period and scope. Only
 * then may a card set them side by side without a caveat; it never claims they are equal.
 */
export function sameMeasure(a: AmountFact, b: AmountFact): boolean {
  const unitOf = (x: AmountFact) => (x.kind === 'money' ? `money:${x.measure}` : x.unit);
  return unitOf(a) === unitOf(b) && a.period === b.period && a.scope === b.scope && a.period !== 'unspecified';
}

export type CardComparison = Pick<Comparison, 'title' | 'currency' | 'verdicts' | 'published'>;

/** The card's one verdict line: the money verdict, since the card's figures are money. */
export function verdictLine(comparison: Pick<Comparison, 'verdicts'>): string {
  const money = comparison.verdicts.find((v) => v.dimension === 'money');
  return money ? `${COMPARABLE_WORDS[money.comparable]}: ${money.short}` : '';
}

export function comparisonCard(
  comparison: CardComparison,
  left: Article,
  right: Article,
  rates: Rate[],
  references: Map<string, Reference> = new Map(),
): CardModel {
  const measure = cardMeasure(left, right);
  return {
    kind: 'comparison',
    kicker: 'Comparison · our analysis',
    title: comparison.title,
    left: comparisonSide(left, comparison.currency, rates, measure),
    right: comparisonSide(right, comparison.currency, rates, measure),
    footnote: ratesLine([left, right], comparison.currency, rates, references),
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
  references?: Map<string, Reference>;
}

/**
 * Every card of the site, by key: `home`, `article-<id>`, `comparison-<id>`, `data` and
 * `methodology`. Pages name their cards from this; the build starts drawing from it early.
 * The home card is the lead (newest) comparison's, as the home page leads with it.
 */
export function siteCards(content: CardContent, site: { name: string; description: string }): { key: string; model: CardModel }[] {
  const articles = [...content.articles].sort(byInitiativeName);
  const byId = new Map(articles.map((a) => [a.id, a.data]));
  const article = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no article "${id}" for a comparison card`);
    return found;
  };
  const comparisons = content.comparisons.map((c) => ({
    ...c,
    model: comparisonCard(c.data, article(c.articles[0]), article(c.articles[1]), content.rates, content.references),
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
    ...articles.map((a) => ({ key: `article-${a.id}`, model: articleCard(a.data) })),
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

/** Alt text of a card: what the image says, at most 420 characters (Twitter's limit). */
export function cardAlt(model: CardModel): string {
  return truncate(altText(model), 420);
}

function altText(model: CardModel): string {
  switch (model.kind) {
    case 'home':
      return `${model.title}: ${model.sides.join(' and ')}.`;
    case 'article':
    case 'page':
      return `${model.kicker}. ${model.title}. ${model.lines.join('. ')}.`;
    case 'comparison': {
      const side = (s: CardSide) =>
        `${s.name} (${s.place.replace(/ · /g, ', ')}): ${s.big}${s.figureNote ? ` (${s.figureNote.replace(/ · /g, ', ')})` : ''}; ${s.sourcing.toLowerCase()}`;
      return `${model.title}. ${side(model.left)}. ${side(model.right)}. ${model.verdict}. ${model.footnote}`;
    }
  }
}
