/** The timeline dimension: both sides' dates in one order, as a table and as marks on a chart. */
import { citation, type Citation } from '../article-view.ts';
import { statusWords } from '../fact-view.ts';
import { evidenceLink } from '../money-view.ts';
import { comparePartialDates, partialDate } from '../partial-date.ts';
import { timelineLayout, type TimelineLayout } from '../timeline.ts';
import type { Sides } from './sides.ts';

export interface TimelineEntry {
  side: number;
  id: string;
  /** `null` for a planned event the report gives no date for (listed last). */
  date: string | null;
  event: string;
  status: 'stated' | 'inferred' | 'undated';
  /** The claim check that covers this date, when it is contradicted or unclear. */
  check: { status: 'contradicted' | 'unclear'; words: string } | null;
  basis: string | null;
  citation: Citation | null;
  planned: boolean;
  href: string;
}

export interface TimelineDimension {
  layout: TimelineLayout;
  entries: TimelineEntry[];
}

export function timelineOf({ inputs: sides, facts, references }: Sides): TimelineDimension {
  /** The status of a check that covers a side's date, when it is contradicted or unclear. */
  const checkStatus = (side: number, id: string) => facts[side]!.dates.find((v) => v.id === id)?.checkStatus;
  const entries: TimelineEntry[] = sides.flatMap((s, side) =>
    s.article.dates.map((d) => {
      const status = checkStatus(side, d.id);
      return {
        side,
        id: d.id,
        date: d.date,
        event: d.event,
        status: d.status,
        check: status ? { status, words: statusWords(status) } : null,
        basis: d.status === 'inferred' ? (d.basis ?? null) : null,
        citation: d.status === 'inferred' && d.basisKind === 'reference' && d.basisSource ? citation(d.basisSource, references) : null,
        planned: d.tense === 'planned',
        href: evidenceLink(s, d.id),
      };
    }),
  );
  entries.sort(
    (a, b) =>
      (a.date === null || b.date === null
        ? Number(a.date === null) - Number(b.date === null)
        : comparePartialDates(partialDate(a.date), partialDate(b.date))) || a.side - b.side,
  );
  // A mark's label carries the status of a check that covers its date, in words, as the table does.
  const flagged = (side: number, id: string, event: string) => {
    const status = checkStatus(side, id);
    return status ? `${event} (${status})` : event;
  };
  const layout = timelineLayout(
    sides.flatMap((s, side) =>
      s.article.dates.flatMap((d) =>
        d.status === 'undated' ? [] : [{ key: `${side}-${d.id}`, side, date: d.date, event: flagged(side, d.id, d.event), status: d.status, tense: d.tense }],
      ),
    ),
  );
  return { layout, entries };
}
