/**
 * What the methodology page says about the source reports and the data, derived from the
 * content so it cannot drift from it: provenance of each report, counts of stated and inferred
 * dates, claim verdicts, and the rates used.
 */
import type { Article } from '../schemas/article.ts';
import type { Rate } from '../schemas/rate.ts';
import { countryName } from './codes.ts';
import { rateText, reportCredit, type ArticleFacts } from './fact-view.ts';
import { factsOf } from './facts.ts';
import type { Messages } from './i18n.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';

export interface ReportStatus {
  id: string;
  name: string;
  outlet: string;
  /** "French, translated from Spanish" / "English, the original language". */
  language: string;
  byline: string;
  /** "4 named people quoted" or "no named person quoted: every figure is in the outlet's own voice". */
  sourcing: string;
  address: string;
  published: string;
  facts: number;
  inferredDates: number;
  /** "3 dates, 2 of them inferred by us (2 from other reporting)". */
  dates: string;
  /** "1 contradicted · 5 not settled", as the key figures give it. */
  claims: string;
  notes: string[];
}

export function reportStatus(id: string, article: Article, facts: ArticleFacts, m: Messages): ReportStatus {
  const { source } = article;
  const { sourcing } = facts;
  return {
    id,
    name: m.t('common.withNote', { text: article.initiative.name, note: countryName(article.initiative.country, m.locale) }),
    outlet: reportCredit(source, m),
    language: facts.languageLine,
    byline: source.byline ? m.t('methodology.byline', { byline: source.byline }) : m.t('common.none'),
    sourcing: sourcing.quotedPeople === 0 ? m.t('methodology.ownVoice', { line: sourcing.line }) : sourcing.line,
    address: source.url ?? m.t('methodology.addressUnknown'),
    published: source.published ? formatPartialDate(partialDate(source.published), m.locale) : m.t('methodology.publishedUnknown'),
    facts: factsOf(article).length,
    inferredDates: sourcing.datesInferred,
    dates: sourcing.datesLine,
    claims: sourcing.claimsLine,
    notes: source.notes,
  };
}

/** "1 EUR = 21.97 MXN, average closing rate of 2 June 2025" (the source is named beside it on the page). */
export function rateLine(rate: Rate, m: Messages): string {
  return m.t('rate.lineNoSource', { text: rateText(rate, m), kind: rate.kind, date: formatPartialDate(partialDate(rate.date), m.locale) });
}
