/** The overview at the top of the page: what each initiative is, its main money figures, its sourcing in a line. */
import { INITIATIVE_ID } from '../facts.ts';
import { evidenceLink, type MoneyRow } from '../money-view.ts';
import { figureItem, item, plural, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

export function overviewRows({ inputs: sides, facts: all }: Sides, money: MoneyRow[]): Row[] {
  const facts = pair(sides, (_s, i) => all[i]!.sourcing);
  return [
    { id: 'what', label: 'What it is', cells: pair(sides, (s) => [item(s.article.initiative.summary, { href: evidenceLink(s, INITIATIVE_ID) })]) },
    {
      id: 'money',
      label: 'Money',
      cells: pair(sides, (_s, i) => {
        // A part of a total the report itself gives is left to the money section.
        const rows = money.filter((m) => m.side === i && !m.partOf);
        if (rows.length === 0) return [item('No money figure')];
        return rows.slice(0, 2).map((m) => figureItem(m, m.evidenceHref));
      }),
    },
    {
      id: 'sourcing',
      label: 'Sourcing',
      cells: pair(sides, (_s, i) => [
        item(`${facts[i]!.line}; ${facts[i]!.figuresNamed} of ${plural(facts[i]!.figures, 'figure')} attributed to a named person`),
      ]),
    },
  ];
}
