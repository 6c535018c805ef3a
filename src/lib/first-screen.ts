/**
 * The comparison's first screen: a few key figures per side and the scorecard of verdicts,
 * picked from the comparison's view model so every surface shows the same strings.
 */
import type { Dimension, Verdict } from '../schemas/comparison.ts';
import { dimensions } from '../schemas/comparison.ts';
import { dimensionTitles, type ComparisonView, type SideInput } from './compare.ts';
import { sourcingFacts, statusWords } from './fact-view.ts';
import type { MoneyRow } from './money-view.ts';

export interface KeyMoney {
  /** The figure in the comparison's currency ("≈ 140,000 EUR"), or as stated when no conversion was needed. */
  figure: string;
  /** As stated, when converted ("about 3 million MXN"). */
  stated: string | null;
  /** "programme, one-off; per <name of who states it>" or "…; the report’s own figure". */
  note: string;
  /** The conversion's rate, value, date and source, when there is a conversion. */
  rate: { text: string; source: string; url: string } | null;
  href: string;
}

export interface KeySide {
  name: string;
  /** The report's page, with its facts and text. */
  url: string;
  outlet: string;
  money: KeyMoney[];
  /** "1 of 4". */
  named: string;
  /** "5 confirmed · 1 unclear", or "none checked". */
  claims: string;
}

/** How many money figures per side the first screen shows; the rest are in the money section. */
export const KEY_MONEY = 1;

export function keyMoney(row: MoneyRow): KeyMoney {
  return {
    figure: row.converted?.text ?? row.stated,
    stated: row.converted ? row.stated : null,
    // What it measures, and a contradicted or unclear check's status, travel with the figure.
    note: `${row.scope}, ${row.period}; ${row.named ? `per ${row.statedBy.replace(/ \(.*\)$/, '')}` : 'the report’s own figure'}${row.status ? `; ${statusWords(row.status)}` : ''}`,
    rate: row.converted ? { text: `at ${row.converted.rate.text}`, source: `${row.converted.rate.kind}, ${row.converted.rate.date}, ${row.converted.rate.source.publisher}`, url: row.converted.rate.source.url } : null,
    href: row.evidenceHref,
  };
}

export function keySides(view: Pick<ComparisonView, 'sides' | 'money'>, sides: [SideInput, SideInput]): [KeySide, KeySide] {
  const key = (i: 0 | 1): KeySide => {
    const facts = sourcingFacts(sides[i].article);
    const claims = (['confirmed', 'contradicted', 'unclear'] as const).filter((s) => facts.claims[s] > 0).map((s) => `${facts.claims[s]} ${s}`);
    return {
      name: view.sides[i].name,
      url: view.sides[i].url,
      outlet: view.sides[i].outlet,
      money: view.money.rows.filter((r) => r.side === i).slice(0, KEY_MONEY).map(keyMoney),
      named: `${facts.figuresNamed} of ${facts.figures}`,
      claims: claims.length > 0 ? claims.join(' · ') : 'none checked',
    };
  };
  return [key(0), key(1)];
}

export interface ScoreLine {
  dimension: Dimension;
  title: string;
  /** "Comparable", "Partly comparable", "Not comparable". */
  comparable: string;
  tone: Verdict['comparable'];
  short: string;
}

export const COMPARABLE_WORDS: Record<Verdict['comparable'], string> = { yes: 'Comparable', partly: 'Partly comparable', no: 'Not comparable' };

/** One line per dimension, in page order. */
export function scorecard(verdicts: Record<Dimension, Verdict>): ScoreLine[] {
  return dimensions.map((d) => ({ dimension: d, title: dimensionTitles[d], comparable: COMPARABLE_WORDS[verdicts[d].comparable], tone: verdicts[d].comparable, short: verdicts[d].short }));
}
