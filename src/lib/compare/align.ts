/**
 * A row is a label and one list of items per side; an empty list means the report says
 * nothing on that row, which the page shows as such.
 */
import type { Citation, Tag } from '../article-view.ts';
import { capitaliseIn, checksText, figureLabel, statusOf, type CheckView, type FigureView } from '../fact-view.ts';
import type { Messages } from '../i18n.ts';

export interface Item {
  text: string;
  /** What a link to its passage names, when shorter than `text` (a listed figure: the figure with who says so, period and scope, without what it counts). */
  subject?: string;
  /** Language of `text` when it is the report's words (a title as printed). */
  lang?: string;
  details: string[];
  /** Language of each detail where it is not the page's: the report's words (a person's title as printed), or our notes shown untranslated. */
  detailLangs?: (string | undefined)[];
  tags: Tag[];
  /** Link to the passage on the article page that states it. */
  href?: string;
  citations: Citation[];
  /** What a reader's error report on this item names (`<article-id>/<claim-id>` for a claim check); absent for items without their own report link. */
  reportId?: string;
}

export interface Row {
  id: string;
  label: string;
  cells: [Item[], Item[]];
}

export const item = (text: string, rest: Partial<Item> = {}): Item => ({ text, details: [], tags: [], citations: [], ...rest });

/** The tag a covered fact carries wherever it is shown: every aspect its checks settle, in words, in the worst one’s tone. */
export function statusTags(checks: CheckView[] | undefined, m: Messages): Tag[] {
  const tone = statusOf(checks ?? []);
  const label = checksText(checks ?? [], m);
  return tone && label ? [{ label, tone }] : [];
}

/** A money or quantity figure as a row item: stated, converted with its rate, whose money and who says so, measure, scope, period, status. */
export function figureItem(f: FigureView, href: string, m: Messages): Item {
  return item(f.stated, {
    details: [
      ...(f.converted ? [f.converted.withRate.full] : []),
      f.what,
      [f.measureLabel, f.scope, f.period].filter(Boolean).join(' · '),
      f.whose ? capitaliseIn(f.label, m.locale) : m.t('figure.statedBy', { who: f.statedBy }),
    ],
    tags: [...(f.hedgeWords ? [{ label: m.t('tag.hedged', { words: f.hedgeWords }), tone: 'neutral' as const }] : []), ...statusTags(f.checks, m)],
    href,
  });
}

/**
 * A figure where it stands in a list of bare figures (other quantities): what it counts, then the
 * figure with who says so, period and scope (the fact view's label), never the number alone.
 */
export function listedFigureItem(f: FigureView, href: string, m: Messages): Item {
  return item(m.t('figure.whatIs', { what: f.what, figure: figureLabel(f, m) }), {
    subject: figureLabel(f, m),
    details: [...(f.converted ? [f.converted.withRate.full] : []), f.whose ? capitaliseIn(f.label, m.locale) : m.t('figure.statedBy', { who: f.statedBy })],
    tags: [...(f.hedgeWords ? [{ label: m.t('tag.hedged', { words: f.hedgeWords }), tone: 'neutral' as const }] : []), ...statusTags(f.checks, m)],
    href,
  });
}

/** One row per key present on either side, in `order`; items picked by `pick`. */
export function alignBy<T>(
  sides: [T[], T[]],
  keyOf: (x: T) => string,
  order: readonly string[],
  toItem: (x: T, side: number) => Item,
  label: (key: string) => string,
): Row[] {
  const keys = order.filter((k) => sides.some((list) => list.some((x) => keyOf(x) === k)));
  return keys.map((key) => ({
    id: key,
    label: label(key),
    cells: [sides[0].filter((x) => keyOf(x) === key).map((x) => toItem(x, 0)), sides[1].filter((x) => keyOf(x) === key).map((x) => toItem(x, 1))],
  }));
}
