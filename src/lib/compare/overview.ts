/** The overview at the top of the page: what each initiative is, its main money figures, its sourcing in a line. */
import { INITIATIVE_ID } from '../facts.ts';
import { evidenceLink, type MoneyRow } from '../money-view.ts';
import { figureItem, item, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

export function overviewRows({ inputs: sides, facts: all, messages: m }: Sides, money: MoneyRow[]): Row[] {
  const facts = pair(sides, (_s, i) => all[i]!.sourcing);
  return [
    { id: 'what', label: m.t('focusRow.what'), cells: pair(sides, (s) => [item(s.article.initiative.summary, { href: evidenceLink(s, INITIATIVE_ID) })]) },
    {
      id: 'money',
      label: m.t('dimension.money'),
      cells: pair(sides, (_s, i) => {
        // A part of a total the report itself gives is left to the money section.
        const rows = money.filter((r) => r.side === i && !r.partOf);
        if (rows.length === 0) return [item(m.t('overview.noMoney'))];
        return rows.slice(0, 2).map((r) => figureItem(r, r.evidenceHref, m));
      }),
    },
    {
      id: 'sourcing',
      label: m.t('dimension.sourcing'),
      cells: pair(sides, (_s, i) => [item(m.t('overview.sourcing', { line: facts[i]!.line, named: facts[i]!.figuresNamed, count: facts[i]!.figures }))]),
    },
  ];
}
