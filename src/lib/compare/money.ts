/** The money dimension: each side's money figures, the chart, other quantities aligned by unit. */
import { capitaliseIn } from '../fact-view.ts';
import { evidenceLink, moneyChart, moneyRows, scopeWarning, type MoneyChart, type MoneyRow } from '../money-view.ts';
import { alignBy, listedFigureItem, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

export interface MoneyDimension {
  rows: MoneyRow[];
  chart: MoneyChart;
  currency: string;
  other: Row[];
  warning: string | null;
}

/** Every money row of both sides, as the money section and the overview show them. */
export const moneyRowsOf = ({ inputs, facts }: Sides): MoneyRow[] => moneyRows(inputs, facts);

/** Other quantities (jobs, square metres…) aligned by unit, each with what it counts, who says so, period and scope. */
function quantityRows({ inputs, facts, messages: m }: Sides): Row[] {
  const quantities = pair(inputs, (s) => s.article.amounts.filter((a) => a.kind === 'quantity'));
  const units = [...new Set(quantities.flat().map((q) => (q.kind === 'quantity' ? q.unit : '')))];
  const figure = (side: number, id: string) => facts[side]!.figures.find((f) => f.id === id)!;
  return alignBy(
    quantities,
    (q) => (q.kind === 'quantity' ? q.unit : ''),
    units,
    (q, side) => listedFigureItem(figure(side, q.id), evidenceLink(inputs[side]!, q.id), m),
    (unit) => capitaliseIn(m.t(`unit.${unit}`, { count: 2 }), m.locale),
  );
}

export function moneyDimension(sides: Sides, rows: MoneyRow[], currency: string): MoneyDimension {
  const m = sides.messages;
  return { rows, chart: moneyChart(rows, sides.names, currency, m), currency, other: quantityRows(sides), warning: scopeWarning(rows, sides.names, m) };
}
