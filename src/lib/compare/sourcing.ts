/** The sourcing dimension: outlet, language, provenance and how each report sources what it says. */
import type { SourcingFacts } from '../fact-view.ts';
import { formatPartialDate, partialDate } from '../partial-date.ts';
import { item, plural, type Item, type Row } from './align.ts';
import { pair, type SideInput, type Sides } from './sides.ts';

export function sourcingRows({ inputs: sides, facts: all }: Sides): Row[] {
  const row = (id: string, label: string, f: (s: SideInput, facts: SourcingFacts, index: number) => Item[]): Row => ({
    id,
    label,
    cells: pair(sides, (s, i) => f(s, all[i]!.sourcing, i)),
  });
  return [
    row('outlet', 'Outlet and byline', (s) => [
      item(`${s.article.source.outlet}${s.article.source.outletPlace ? ` (${s.article.source.outletPlace})` : ''}`, {
        details: [`Byline: ${s.article.source.byline ?? 'none'}`],
      }),
    ]),
    row('language', 'Language', (_s, _f, i) => [item(all[i]!.languageLine)]),
    row('provenance', 'Date and address', (s) => [
      item(
        `Published: ${s.article.source.published ? formatPartialDate(partialDate(s.article.source.published)) : 'not stated'}; address: ${s.article.source.url ? 'known' : 'not known'}`,
        { details: s.article.source.notes },
      ),
    ]),
    row('people', 'Named sources', (_s, f) => [item(`${plural(f.namedPeople, 'named person', 'named people')}; ${f.line.toLowerCase()}`)]),
    row('figures', 'Who gives the figures', (_s, f) => [
      item(`${f.figuresNamed} of ${plural(f.figures, 'figure')} attributed to a named person; ${f.figuresLine}`),
    ]),
    row('dates', 'Dates', (_s, f) => [item(f.datesLine)]),
    row('claims', 'Claims checked', (_s, f) => [item(f.claimsLine)]),
    row('consistency', 'Internal arithmetic', (_s, f) => [
      item(f.sums.checked === 0 ? 'No table rows to sum' : `${f.sums.addUp} of ${f.sums.checked} sums of table rows match the report’s figure`),
    ]),
  ];
}
