/**
 * A report's own arithmetic: do the rows of its tables add up to the totals it states?
 *
 * Derived from the data alone, no extra frontmatter:
 * - a table cell is an amount whose evidence is a table row (cells joined by `|`);
 * - a column is the cells of one measure (currency and what the money measures, or unit) and one scope;
 * - its totals are the amounts stated outside tables with the same measure, except yearly
 *   figures when the cells are not yearly (a rate per year and a stock do not add); a total of
 *   another scope is still checked, and the check says the scopes differ;
 * - a total hedged "more than" is not matched by rows that sum to exactly that number.
 */
import type { Amount } from '../schemas/amount.ts';
import { scales } from '../schemas/amount.ts';
import { absoluteValue, type Formattable } from './money.ts';

export interface SumCheck {
  /** "jobs" or "EUR". */
  measure: string;
  /** Each row as written, without the hedge the whole table carries ("estimated"); `formatAmount` writes it. */
  parts: { id: string; amount: Formattable }[];
  /** Sum of the parts, as a plain number. */
  sum: number;
  /** The sum written like the parts ("25,000 jobs", "2 billion EUR"). */
  sumAmount: Formattable;
  total: { id: string; amount: Formattable } | null;
  /**
   * `adds-up` within 0.5 %, `differs`, `hedge-differs` when the rows sum to exactly the number
   * a total says it exceeds ("more than 25,000" beside rows of 25,000), or `no-total`.
   */
  result: 'adds-up' | 'differs' | 'hedge-differs' | 'no-total';
  /** The parts' and the total's scope, when they differ ("regional" rows, a "national" total). */
  scopes: { parts: Amount['scope']; total: Amount['scope'] } | null;
  /** Total minus sum (0 when there is no total). */
  difference: number;
}

export function isTableCell(amount: Pick<Amount, 'evidence'>): boolean {
  return amount.evidence.includes('|');
}

const measureOf = (a: Amount) => (a.kind === 'money' ? `${a.currency} ${a.measure}` : a.unit);
const measureName = (a: Amount) => (a.kind === 'money' ? a.currency : a.unit);

/** Writes a plain number in the parts' scale word when they share one, else the largest that fits. */
function writeLike(value: number, parts: Amount[]): Amount {
  const shared = parts.every((p) => p.scale === parts[0]!.scale) ? parts[0]!.scale : null;
  const scale = shared ?? (value >= 1e9 ? 'billion' : value >= 1e6 ? 'million' : value >= 1e3 ? 'thousand' : 'one');
  return { ...parts[0]!, value: value / scales[scale], scale, hedge: 'exact', hedgeWords: null };
}

/** A table cell as written, without the hedge the whole table carries ("estimated"). */
const cellAmount = (a: Amount): Amount => ({ ...a, hedge: 'exact', hedgeWords: null });

export function tableSums(amounts: Amount[]): SumCheck[] {
  const cells = amounts.filter(isTableCell);
  const columns = new Map<string, Amount[]>();
  for (const cell of cells) {
    const key = `${cell.kind}:${measureOf(cell)}:${cell.scope}`;
    columns.set(key, [...(columns.get(key) ?? []), cell]);
  }
  const checks: SumCheck[] = [];
  for (const parts of columns.values()) {
    if (parts.length < 2) continue;
    const head = parts[0]!;
    const sum = parts.reduce((acc, p) => acc + absoluteValue(p), 0);
    const yearly = parts.every((p) => p.period === 'per-year');
    const totals = amounts.filter((a) => !isTableCell(a) && a.kind === head.kind && measureOf(a) === measureOf(head) && (yearly || a.period !== 'per-year'));
    const base = { measure: measureName(head), parts: parts.map((p) => ({ id: p.id, amount: cellAmount(p) })), sum, sumAmount: writeLike(sum, parts) };
    if (totals.length === 0) checks.push({ ...base, total: null, result: 'no-total', difference: 0, scopes: null });
    for (const total of totals) {
      const difference = absoluteValue(total) - sum;
      const equal = Math.abs(difference) <= absoluteValue(total) * 0.005;
      const result = equal ? (total.hedge === 'more-than' ? 'hedge-differs' : 'adds-up') : 'differs';
      const scopes = total.scope === head.scope ? null : { parts: head.scope, total: total.scope };
      checks.push({ ...base, total: { id: total.id, amount: total }, result, difference, scopes });
    }
  }
  return checks;
}
