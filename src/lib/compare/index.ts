/**
 * The comparison page's view model: two articles aligned row by row for each dimension.
 * A row is a label and one list of items per side; an empty list means the report says
 * nothing on that row, which the page shows as such. Works for any pair of articles.
 */
import { dimensions, type Dimension, type RestsOn, type Verdict } from '../../schemas/comparison.ts';
import type { Rate } from '../../schemas/rate.ts';
import type { Reference } from '../../schemas/reference.ts';
import type { ArticleFacts } from '../fact-view.ts';
import type { Messages } from '../i18n.ts';
import type { Row } from './align.ts';
import { claimRows } from './claims.ts';
import { focusRows } from './focus.ts';
import { moneyDimension, moneyRowsOf, type MoneyDimension } from './money.ts';
import { overviewRows } from './overview.ts';
import { partnerRows } from './partners.ts';
import { placeRows } from './places.ts';
import { restsOnLinks, type RestsOnLink } from './rests-on.ts';
import { sideHeads, sidesOf, type SideHead, type SideInput } from './sides.ts';
import { pageSources, sourcesSummary, type PageSource } from './sources.ts';
import { sourcingRows } from './sourcing.ts';
import { timelineOf, type TimelineDimension } from './timeline.ts';

export { alignBy, figureItem, statusTags, type Item, type Row } from './align.ts';
export { sumItem } from './claims.ts';
export { mapPlaces } from './places.ts';
export { factLabel, restsOnLinks, type RestsOnLink } from './rests-on.ts';
export type { SideHead, SideInput } from './sides.ts';
export type { PageSource } from './sources.ts';
export type { TimelineEntry } from './timeline.ts';

/** A section's heading, by dimension (the dimension is the section's `#anchor` in every language). */
export function dimensionTitle(dimension: Dimension, m: Messages): string {
  return m.t(`dimension.${dimension}`);
}

/** The same in a word, where room is short (the scorecard, the section bar). */
export function dimensionShortTitle(dimension: Dimension, m: Messages): string {
  return m.t(`dimensionShort.${dimension}`);
}

export interface ComparisonView {
  sides: [SideHead, SideHead];
  verdicts: Record<Dimension, Verdict>;
  /** The dimensions by news value (`dimensionOrder`): the scorecard, the section bar and the sections follow it. */
  order: Dimension[];
  /** What each verdict rests on, linked. */
  restsOn: Record<Dimension, RestsOnLink[]>;
  /** What the title and dek (the home page's finding) rest on, linked. */
  findingRestsOn: RestsOnLink[];
  /** Every figure and date of each side, as all surfaces show them. */
  facts: [ArticleFacts, ArticleFacts];
  overview: Row[];
  money: MoneyDimension;
  partners: Row[];
  places: Row[];
  timeline: TimelineDimension;
  focus: Row[];
  sourcing: Row[];
  claims: Row[];
  /** Every source the page rests on, numbered once: the two reports, then the other reporting it cites. */
  sources: PageSource[];
  /** What the list of sources holds, counted by use: "Sources: the two reports, the 9 other sources we checked them against and the source of our exchange rate, …". */
  sourcesSummary: string;
}

export interface ComparisonInput {
  verdicts: Verdict[];
  /** The editor's order of the dimensions (may list only the first few). */
  order: Dimension[];
  /** What the title and dek rest on. */
  restsOn: RestsOn;
  currency: string;
  sides: [SideInput, SideInput];
  rates: Rate[];
  references: Map<string, Reference>;
  /** The reader's language; the sides' articles and the verdicts as the page shows them in it. */
  messages: Messages;
}

/**
 * The dimensions by news value: those the editor lists in `order` first, in that order; then the
 * rest by how many of the facts backing the title and dek (the comparison's own `restsOn`, its
 * finding) their verdict rests on, most first, so the verdicts that carry the finding lead; ties
 * keep the schema's order.
 */
export function dimensionOrder({ order, restsOn, verdicts }: Pick<ComparisonInput, 'order' | 'restsOn' | 'verdicts'>): Dimension[] {
  const finding = new Set(restsOn.facts);
  const weight = (d: Dimension) => verdicts.find((v) => v.dimension === d)?.restsOn.facts.filter((f) => finding.has(f)).length ?? 0;
  const rest = dimensions.filter((d) => !order.includes(d)).sort((a, b) => weight(b) - weight(a));
  return [...new Set(order), ...rest];
}

export function buildComparison(input: ComparisonInput): ComparisonView {
  const { currency, rates, references, messages } = input;
  const sides = sidesOf(input.sides, currency, rates, references, messages);
  const verdicts = Object.fromEntries(input.verdicts.map((v) => [v.dimension, v])) as Record<Dimension, Verdict>;
  const money = moneyRowsOf(sides);
  const sources = pageSources(sides, input, messages);
  return {
    sides: sideHeads(sides),
    verdicts,
    order: dimensionOrder(input),
    restsOn: Object.fromEntries(input.verdicts.map((v) => [v.dimension, restsOnLinks(v.restsOn, input.sides, sides.facts, references, messages)])) as Record<
      Dimension,
      RestsOnLink[]
    >,
    findingRestsOn: restsOnLinks(input.restsOn, input.sides, sides.facts, references, messages),
    facts: sides.facts,
    overview: overviewRows(sides, money),
    money: moneyDimension(sides, money, currency),
    partners: partnerRows(sides),
    places: placeRows(sides),
    timeline: timelineOf(sides),
    focus: focusRows(sides),
    sourcing: sourcingRows(sides),
    claims: claimRows(sides),
    sources,
    sourcesSummary: sourcesSummary(sources, messages),
  };
}
