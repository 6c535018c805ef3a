/**
 * What the methodology page says about the source reports and the data, derived from the
 * content so it cannot drift from it: provenance of each report, counts of stated and inferred
 * dates, claim verdicts, and the rates used.
 */
import type { Article } from '../schemas/article.ts';
import type { Rate } from '../schemas/rate.ts';
import { countryName } from './codes.ts';
import { factsOf } from './facts.ts';
import { formatPartialDate, partialDate } from './partial-date.ts';

export interface ReportStatus {
  id: string;
  name: string;
  outlet: string;
  /** "French; a translation of a Spanish original" / "English". */
  language: string;
  byline: string;
  /** "4 named people quoted" or "no named person quoted: every figure is in the outlet's own voice". */
  sourcing: string;
  address: string;
  published: string;
  facts: number;
  inferredDates: number;
  claims: { confirmed: number; contradicted: number; unclear: number; unchecked: number };
  notes: string[];
}

export function reportStatus(id: string, article: Article): ReportStatus {
  const languages = new Intl.DisplayNames(['en'], { type: 'language' });
  const { source } = article;
  const quoted = article.people.filter((p) => p.quoted).length;
  const count = (status: string) => article.claims.filter((c) => c.status === status).length;
  return {
    id,
    name: `${article.initiative.name} (${countryName(article.initiative.country)})`,
    outlet: source.outlet,
    language: `${languages.of(source.language)}${source.translatedFrom ? `; a translation of a ${languages.of(source.translatedFrom)} original` : ''}`,
    byline: source.byline ? `“${source.byline}”` : 'none',
    sourcing:
      quoted === 0
        ? 'no named person quoted: every figure is in the outlet’s own voice'
        : `${quoted} named ${quoted === 1 ? 'person' : 'people'} quoted`,
    address: source.url ?? 'not known to us',
    published: source.published ? formatPartialDate(partialDate(source.published)) : 'not given by the text',
    facts: factsOf(article).length,
    inferredDates: article.dates.filter((d) => d.status === 'inferred').length,
    claims: { confirmed: count('confirmed'), contradicted: count('contradicted'), unclear: count('unclear'), unchecked: count('unchecked') },
    notes: source.notes,
  };
}

/** "1 EUR = 21.97 MXN, average closing rate of 2 June 2025". */
export function rateLine(rate: Rate): string {
  return `1 ${rate.base} = ${rate.approximate ? 'about ' : ''}${rate.value} ${rate.quote}, ${rate.kind} of ${formatPartialDate(partialDate(rate.date))}`;
}
