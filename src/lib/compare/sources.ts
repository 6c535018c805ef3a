/**
 * Every source a comparison page rests on, numbered once for the page (the printout lists them
 * with their addresses): the two reports, then the other reporting it cites — claim checks, the
 * bases of inferred dates, exchange rates, and what our verdicts rest on — each once, in the
 * order the page first needs them.
 */
import type { RestsOn, Verdict } from '../../schemas/comparison.ts';
import { formatPartialDate, partialDate } from '../partial-date.ts';
import { needsGloss, reportCredit, sourceView } from '../fact-view.ts';
import { listText, type Messages } from '../i18n.ts';
import type { Sides } from './sides.ts';

export interface PageSource {
  /** Outlet or publisher. */
  who: string;
  /** A report's headline as printed, or how we name another source (its title where it gives one). */
  title: string;
  /** True when `title` is the source's own words (a report's headline): shown in quotation marks. */
  quoted: boolean;
  /** Our rendering of a headline in the reader's language, when it is in another, or null. */
  gloss: string | null;
  /** BCP 47 language of `title`. */
  lang: string | null;
  /** "8 October 2025", "no date given". */
  date: string;
  /** Our note on the date ("the page shows no date"), or null. */
  dateNote: string | null;
  /** Its address, or null when the report reached us without one. */
  url: string | null;
  /** "one of the two reports", or what the page cites it for. */
  role: string;
  /** What it is to the page: one of the reports, a source we checked them against (claims, inferred dates, verdicts), or only the source of an exchange rate. */
  use: 'report' | 'check' | 'rate';
}

export function pageSources({ inputs, facts, references }: Sides, comparison: { restsOn: RestsOn; verdicts: Verdict[] }, m: Messages): PageSource[] {
  const reports = inputs.map(({ article: { source } }, i): PageSource => ({
    who: reportCredit(source, m),
    title: source.headline,
    quoted: true,
    gloss: needsGloss(source.language, m.lang) ? source.headlineGloss : null,
    lang: source.language,
    date: source.published ? formatPartialDate(partialDate(source.published), m.locale) : m.t('date.none'),
    dateNote: null,
    url: source.url,
    role: m.t('pageSource.report', { name: inputs[i]!.article.initiative.name }),
    use: 'report',
  }));
  const cited = new Map<string, string>();
  // A source cited for anything but a rate is one we checked the reports against.
  const checks = new Set<string>();
  const cite = (id: string, role: string, check = true) => {
    if (!cited.has(id)) cited.set(id, role);
    if (check) checks.add(id);
  };
  for (const [i, { article }] of inputs.entries()) {
    for (const claim of article.claims) for (const check of claim.checks) cite(check.reference, m.t('pageSource.claimCheck'));
    for (const date of facts[i]!.dates) if (date.basisSource) cite(date.basisSource.id, m.t('pageSource.inferredDate'));
    for (const figure of facts[i]!.figures) if (figure.converted) cite(figure.converted.rate.source.id, m.t('pageSource.rate'), false);
  }
  for (const id of [...comparison.restsOn.references, ...comparison.verdicts.flatMap((v) => v.restsOn.references)]) cite(id, m.t('pageSource.verdicts'));
  const others = [...cited].map(([id, role]): PageSource => {
    const view = sourceView(id, references, m);
    return {
      who: view.publisher,
      title: view.label,
      quoted: false,
      gloss: null,
      // How we name another source is ours, in the page's language (not the source's).
      lang: null,
      date: view.date ?? m.t('source.noDate'),
      dateNote: view.dateNote,
      url: view.url,
      role,
      use: checks.has(id) ? 'check' : 'rate',
    };
  });
  return [...reports, ...others];
}

/** "Sources: the two reports, the 9 other sources we checked them against and the source of our exchange rate, with their addresses". */
export function sourcesSummary(sources: readonly PageSource[], m: Messages): string {
  const count = (use: PageSource['use']) => sources.filter((s) => s.use === use).length;
  const [checked, rates] = [count('check'), count('rate')];
  const parts = [
    m.t('sourceList.reports'),
    ...(checked > 0 ? [m.t('sourceList.checked', { count: checked })] : []),
    ...(rates > 0 ? [m.t('sourceList.rates', { count: rates })] : []),
  ];
  return m.t('sourceList.summary', { list: listText(parts, m.locale) });
}
