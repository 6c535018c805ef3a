/** The timeline dimension: both sides' dates in one order, as a table and as marks on a chart. */
import { citation, type Citation } from '../article-view.ts';
import { capitaliseIn, checksShort, type AspectStatus } from '../fact-view.ts';
import { evidenceLink } from '../money-view.ts';
import { comparePartialDates, partialDate } from '../partial-date.ts';
import { timelineLayout, type TimelineLayout } from '../timeline.ts';
import type { Sides } from './sides.ts';

export interface TimelineEntry {
  side: number;
  id: string;
  /** `null` for a planned event the report gives no date for (listed last). */
  date: string | null;
  /** "12 July 2025", "No date given". */
  text: string;
  event: string;
  status: 'stated' | 'inferred' | 'undated';
  /** How we know the date: "stated in the report", "inferred by us from the report’s own metadata"… */
  how: string;
  /** Every aspect the checks covering this date settle, in words, with the worst one's tone. */
  check: { status: AspectStatus; words: string } | null;
  basis: string | null;
  citation: Citation | null;
  planned: boolean;
  href: string;
}

export interface TimelineDimension {
  layout: TimelineLayout;
  entries: TimelineEntry[];
}

export function timelineOf({ inputs: sides, facts, references, messages: m }: Sides): TimelineDimension {
  const entries: TimelineEntry[] = sides.flatMap((s, side) =>
    facts[side]!.dates.map((d) => ({
      side,
      id: d.id,
      date: d.iso,
      text: d.status === 'undated' ? capitaliseIn(m.t('date.none'), m.locale) : d.text,
      event: d.event,
      status: d.status,
      how: d.how,
      check: d.checkStatus && d.statusText ? { status: d.checkStatus, words: d.statusText } : null,
      basis: d.basis,
      citation: d.basisSource ? citation(d.basisSource.id, references, m) : null,
      planned: d.planned,
      href: evidenceLink(s, d.id),
    })),
  );
  entries.sort(
    (a, b) =>
      (a.date === null || b.date === null
        ? Number(a.date === null) - Number(b.date === null)
        : comparePartialDates(partialDate(a.date), partialDate(b.date))) || a.side - b.side,
  );
  // A mark's label carries the status of the checks that cover its date (aspect and status; the table gives the words in full).
  const layout = timelineLayout(
    facts.flatMap((f, side) =>
      f.dates.flatMap((d) =>
        d.iso === null || d.status === 'undated'
          ? []
          : [
              {
                key: `${side}-${d.id}`,
                side,
                date: d.iso,
                event: d.checkStatus ? m.t('common.withNote', { text: d.event, note: checksShort(d.checks, m)! }) : d.event,
                status: d.status,
                tense: d.planned ? ('planned' as const) : ('past' as const),
              },
            ],
      ),
    ),
    m,
  );
  return { layout, entries };
}
