/** The money dimension: each side's money figures, the chart, other quantities aligned by unit. */
import { evidenceLink, moneyChart, moneyRows, scopeWarning, type MoneyChart, type MoneyRow } from '../money-view.ts';
import { alignBy, figureItem, type Row } from './align.ts';
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

/** Other quantities (jobs, square metres…) aligned by unit. */
function quantityRows({ inputs, facts }: Sides): Row[] {
  const quantities = pair(inputs, (s) => s.article.amounts.filter((a) => a.kind === 'quantity'));
  const units = [...new Set(quantities.flat().map((q) => (q.kind === 'quantity' ? q.unit : '')))];
  const figure = (side: number, id: string) => facts[side]!.figures.find((f) => f.id === id)!;
  return alignBy(
    quantities,
    (q) => (q.kind === 'quantity' ? q.unit : ''),
    units,
    (q, side) => figureItem(figure(side, q.id), evidenceLink(inputs[side]!, q.id)),
    (unit) => `${unit[0]!.toUpperCase()}${unit.slice(1).replace(/-/g, ' ')}`,
  );
}

export function moneyDimension(sides: Sides, rows: MoneyRow[], currency: string): MoneyDimension {
  return { rows, chart: moneyChart(rows, sides.names, currency), currency, other: quantityRows(sides), warning: scopeWarning(rows, sides.names) };
}
