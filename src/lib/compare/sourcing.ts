/** The sourcing dimension: outlet, language, provenance and how each report sources what it says. */
import type { SourcingFacts } from '../fact-view.ts';
import { formatPartialDate, partialDate } from '../partial-date.ts';
import { item, type Item, type Row } from './align.ts';
import { pair, type SideInput, type Sides } from './sides.ts';

export function sourcingRows({ inputs: sides, facts: all, messages: m }: Sides): Row[] {
  const row = (id: string, f: (s: SideInput, facts: SourcingFacts, index: number) => Item[]): Row => ({
    id,
    label: m.t(`sourcingRow.${id}`),
    cells: pair(sides, (s, i) => f(s, all[i]!.sourcing, i)),
  });
  return [
    row('outlet', (s) => [
      item(
        s.article.source.outletPlace ? m.t('common.withNote', { text: s.article.source.outlet, note: s.article.source.outletPlace }) : s.article.source.outlet,
        {
          details: [m.t('sourcingRow.byline', { byline: s.article.source.byline ?? m.t('common.none') })],
        },
      ),
    ]),
    row('language', (_s, _f, i) => [item(all[i]!.languageLine)]),
    row('provenance', (s) => [
      item(
        m.t('sourcingRow.provenanceText', {
          published: s.article.source.published ? formatPartialDate(partialDate(s.article.source.published), m.locale) : m.t('common.notStated'),
          address: m.t(s.article.source.url ? 'sourcingRow.addressKnown' : 'sourcingRow.addressUnknown'),
        }),
        { details: s.article.source.notes, detailLangs: s.article.source.notes.map(() => s.notesLang) },
      ),
    ]),
    row('people', (_s, f) => [item(m.t('sourcingRow.peopleText', { count: f.namedPeople, line: f.line.toLocaleLowerCase(m.locale) }))]),
    row('figures', (_s, f) => [item(m.t('sourcingRow.figuresText', { named: f.figuresNamed, count: f.figures, line: f.figuresLine }))]),
    row('dates', (_s, f) => [item(f.datesLine)]),
    row('claims', (_s, f) => [item(f.claimsLine)]),
    row('consistency', (_s, f) => [
      item(f.sums.checked === 0 ? m.t('sourcingRow.noSums') : m.t('sourcingRow.sumsText', { addUp: f.sums.addUp, count: f.sums.checked })),
    ]),
  ];
}
