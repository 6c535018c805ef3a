/**
 * Over the real content: an inferred date read from a source that announced it says how it was
 * announced; a weekday in a basis's quotation is a date the report must hold; and a number of
 * days, weeks, months or years in our prose is a time computed between two dates, in that unit.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { checkBodies, checkedData, formatError, type Valid } from '../../src/lib/content-check.ts';
import { proseIssues } from '../../src/lib/prose-check.ts';
import { en } from '../helpers/messages.ts';

const { files } = readContent('.');
const TODAY = '2026-12-07';
const jalisco = files.find((f) => f.collection === 'articles' && f.id === 'jalisco-lab')!;
type DateData = { id: string; date: string; basis?: string; basisTense?: string };

/** The data and body errors of the real content with the Jalisco launch date changed by `change`. */
function withLaunch(change: (launch: DateData) => void): string[] {
  const copy = structuredClone(jalisco);
  change((copy.data as { dates: DateData[] }).dates.find((d) => d.id === 'launch')!);
  const all = files.map((f) => (f === jalisco ? copy : f));
  const data = checkedData(all, TODAY);
  return [...data.errors, ...checkBodies(all, data.valid.articles).errors].map(formatError);
}

describe('an inferred date’s basis', { timeout: 60_000 }, () => {
  it('the real content passes (the Marseille basis says the co-CEO “will be in Paris the next day”)', () => {
    expect(withLaunch(() => {})).toEqual([]);
  });

  it('refuses basisTense: planned on a past date whose basis announces nothing (N3: the launch moved after the source’s date)', () => {
    expect(
      withLaunch((d) => {
        d.date = '2025-07-19';
        d.basisTense = 'planned';
      }),
    ).toEqual([
      expect.stringContaining('content/articles/jalisco-lab.mdx → dates.0.basis: says nothing of the event being announced, yet basisTense is planned'),
    ]);
    expect(
      withLaunch((d) => {
        d.date = '2025-07-19';
        d.basisTense = 'planned';
        d.basis = `${d.basis} Vallarta Daily had announced it for that Saturday: the programme will open then.`;
      }),
    ).toEqual([]);
  });

  it('refuses a weekday quoted as another source’s words (N4), and accepts the report’s own', () => {
    expect(
      withLaunch((d) => {
        d.basis = `${d.basis} The Vallarta Daily report says “jeudi”.`;
      }),
    ).toEqual([expect.stringContaining('“jeudi” gives a number or a date in quotation marks but is not in the report')]);
  });
});

describe('a number of time units in our prose is a time between two dates', () => {
  const real = checkedData(files, TODAY).valid;
  const timeline = (text: string) => {
    const valid: Valid = structuredClone(real);
    valid.comparisons.get('jalisco-lab-vs-marseille')!.data.verdicts.find((v) => v.dimension === 'timeline')!.finding = text;
    return proseIssues({ valid, comparisonBodies: new Map(), site: [], messages: en }).map(formatError);
  };
  const FINDING =
    'The Marseille article dates the announcement to May 2025 (19 May, we infer); Jalisco Lab launched about 8 UNIT later (12 July 2025, inferred).';

  it.each([
    ['weeks', null],
    ['months', 'a number of months rests only on a time in months between two dates of the facts'],
    ['days', '“8” is not a value of the facts this verdict rests on nor computed from them'],
  ])('about 8 %s later', (unit, refused) => {
    const errors = timeline(FINDING.replace('UNIT', unit));
    if (refused === null) expect(errors).toEqual([]);
    else expect(errors).toEqual([expect.stringContaining(refused)]);
  });
});
