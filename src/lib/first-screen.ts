/**
 * The comparison's first screen: a few key figures per side and the scorecard of verdicts,
 * picked from the comparison's view model so every surface shows the same strings.
 */
import type { Dimension, Verdict } from '../schemas/comparison.ts';
import { dimensionShortTitle, dimensionTitle, type ComparisonView } from './compare/index.ts';
import { capitaliseIn, MEASURE_ORDER, measureLabel, type ClaimStatus, type AspectStatus, type Measure, type RateView } from './fact-view.ts';
import type { Messages } from './i18n.ts';
import type { MoneyRow } from './money-view.ts';

export interface KeyMoney {
  /** The figure in the comparison's currency ("≈ 140,000 EUR"), or as stated when no conversion was needed. */
  figure: string;
  /** Whose money and who says so, without titles, for the first screen: "StreamCo’s share, estimated by Ana Lima". */
  who: string;
  /** Whose money and who says so in full: "StreamCo’s share, as estimated by Ana Lima (head of the state film office)". */
  label: string;
  /** Whose money it is: "StreamCo’s share" (where the attribution row beside it says who gives the figures). */
  whose: string;
  /** As stated, when converted ("about 3 million MXN"). */
  stated: string | null;
  /** The conversion's rate (value, kind, date, source), when there is a conversion. */
  rate: RateView | null;
  /**
   * One short line beside the figure that opens the rest: as stated with the rate's value and
   * date ("about 3 million MXN at 1 EUR = 21.97 MXN, 2 June 2025"), or scope and
   * period when there is no conversion.
   */
  summary: string;
  /** Scope and period: "this initiative, period not stated". */
  note: string;
  /** Every aspect the checks covering it settle, in words (`short`: aspects and statuses alone, shown in a line of their own beside the figure), with the worst one’s tone; null when none covers it. */
  status: { words: string; short: string; tone: AspectStatus } | null;
  /** "money put in". */
  measure: string;
  href: string;
}

export interface KeySide {
  name: string;
  /** The report's page, with its facts and text. */
  url: string;
  /** The side's figure of the lead measure, or null when the report gives none of that measure. */
  lead: KeyMoney | null;
  /** When `lead` is null: what the report gives instead (its first figure by measure order), or null when it gives no money figure. */
  instead: KeyMoney | null;
  /** "1 of 4". */
  named: string;
  /** Its claims by status, in brief (`claimsBrief`): "1 contradicted · 6 not settled", "1 with no other source". */
  claims: string;
}

const BRIEF: ClaimStatus[] = ['contradicted', 'unclear', 'relayed', 'confirmed', 'unchecked'];

/**
 * A report's claims by status, worst first, in the fewest words that keep their meaning (the
 * first screen: "repeated elsewhere" is "reported the same way elsewhere, by sources relaying the
 * same speakers"; the claims section gives each in full): "1 contradicted · 6 not settled".
 */
export function claimsBrief(counts: Record<ClaimStatus, number>, m: Messages): string {
  const parts = BRIEF.filter((s) => counts[s] > 0).map((s) => m.t(`claimsBrief.${s}`, { count: counts[s] }));
  return parts.length > 0 ? parts.join(' · ') : m.t('claimsBrief.none');
}

/**
 * The measure the key figures lead with: the first (in `MEASURE_ORDER`, which starts with money
 * put into the initiative) that both sides have a figure of; when they share none, the first
 * either side has. Figures of different measures are never set side by side, so a side without
 * a figure of this measure says so. `null` when neither side gives a money figure.
 */
export function leadMeasure(left: readonly (Measure | null)[], right: readonly (Measure | null)[]): Measure | null {
  const shared = MEASURE_ORDER.find((m) => left.includes(m) && right.includes(m));
  return shared ?? MEASURE_ORDER.find((m) => left.includes(m) || right.includes(m)) ?? null;
}

/** The first figure of `measure` among `rows` (editors list the main one first); else null. */
export function firstOfMeasure<T extends { measure: Measure | null }>(rows: readonly T[], measure: Measure | null): T | null {
  return measure === null ? null : (rows.find((r) => r.measure === measure) ?? null);
}

/** A side's first figure by measure order, for "what this report gives instead". */
export function firstByMeasure<T extends { measure: Measure | null }>(rows: readonly T[]): T | null {
  for (const m of MEASURE_ORDER) {
    const found = firstOfMeasure(rows, m);
    if (found) return found;
  }
  return null;
}

export function keyMoney(row: MoneyRow, m: Messages): KeyMoney {
  const note = m.t('key.note', { scope: row.scope, period: row.period });
  const rate = row.converted?.rate ?? null;
  const summary = rate ? m.t('key.summary', { stated: row.stated, rate: rate.text, date: rate.date }) : note;
  return {
    figure: row.inCurrency?.full ?? row.stated,
    who: row.labelBrief,
    label: row.label,
    whose: row.whose ?? row.label,
    stated: row.converted ? row.stated : null,
    rate,
    summary,
    note,
    status: row.status && row.statusText ? { words: row.statusText, short: row.statusShort ?? row.statusText, tone: row.status } : null,
    measure: row.measureLabel ?? m.t('key.money'),
    href: row.evidenceHref,
  };
}

/** A key figure's note as one line of text (the newsletter block): label, as stated with the rate, scope and period, status. */
export function keyNote(key: KeyMoney, m: Messages): string {
  return [key.label, key.stated ? m.t('key.asStated', { stated: key.stated, rate: key.rate!.line }) : '', key.note, key.status?.words ?? '']
    .filter(Boolean)
    .join(m.t('common.semicolon'));
}

export interface KeyFiguresView {
  /** "Money put in", or null when neither report gives a money figure. */
  measure: string | null;
  sides: [KeySide, KeySide];
}

export function keySides(view: Pick<ComparisonView, 'sides' | 'money' | 'facts'>, m: Messages): KeyFiguresView {
  const rows = [0, 1].map((i) => view.money.rows.filter((r) => r.side === i));
  const measure = leadMeasure(
    rows[0]!.map((r) => r.measure),
    rows[1]!.map((r) => r.measure),
  );
  const key = (i: 0 | 1): KeySide => {
    const lead = firstOfMeasure(rows[i]!, measure);
    const instead = lead ? null : firstByMeasure(rows[i]!);
    const facts = view.facts[i].sourcing;
    return {
      name: view.sides[i].name,
      url: view.sides[i].url,
      lead: lead && keyMoney(lead, m),
      instead: instead && keyMoney(instead, m),
      named: m.t('key.named', { named: facts.figuresNamed, count: facts.figures }),
      claims: claimsBrief(facts.claims, m),
    };
  };
  return { measure: measure && capitaliseIn(measureLabel(measure, m), m.locale), sides: [key(0), key(1)] };
}

export interface ScoreLine {
  dimension: Dimension;
  /** The section's heading: "Partners and people". */
  title: string;
  /** The dimension in a word: "Partners". */
  label: string;
  /** "Comparable", "Partly comparable", "Not comparable". */
  comparable: string;
  tone: Verdict['comparable'];
  short: string;
}

/** "Comparable", "Partly comparable", "Not comparable". */
export function comparableWords(comparable: Verdict['comparable'], m: Messages): string {
  return m.t(`comparable.${comparable}`);
}

/** One line per dimension, in the comparison's order (`ComparisonView.order`). */
export function scorecard({ verdicts, order }: Pick<ComparisonView, 'verdicts' | 'order'>, m: Messages): ScoreLine[] {
  return order.map((d) => ({
    dimension: d,
    title: dimensionTitle(d, m),
    label: dimensionShortTitle(d, m),
    comparable: comparableWords(verdicts[d].comparable, m),
    tone: verdicts[d].comparable,
    short: verdicts[d].short,
  }));
}
