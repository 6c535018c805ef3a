/**
 * The build day (passed in, so the lib stays pure): a rate dated after it cannot be "the latest
 * rate", and a date the report states as past cannot be after it.
 */
import { describe, expect, it } from 'vitest';
import { buildDay, checkContentAt, readContent } from '../../src/build/content-files.ts';
import { checkedData, formatError, type ContentFile } from '../../src/lib/content-check.ts';

const GOOD = 'tests/fixtures/good-content';
const TODAY = '2026-12-06';

function errorsWith(change: (files: ContentFile[]) => void, today = TODAY): string[] {
  const files = readContent(GOOD).files.map((f) => ({ ...f, data: structuredClone(f.data) }));
  change(files);
  return checkedData(files, today).errors.map(formatError);
}
const file = (files: ContentFile[], id: string) => files.find((f) => f.id === id)!.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data

describe('the build day', () => {
  it('accepts the fixture on the build day, and checks nothing of the clock without one', () => {
    expect(errorsWith(() => {})).toEqual([]);
    const files = readContent(GOOD).files.map((f) => ({ ...f, data: structuredClone(f.data) }));
    file(files, 'eur-mxn').date = '2100-01-01';
    expect(checkedData(files).errors).toEqual([]);
  });

  it.each([
    [
      (f: ContentFile[]) => void (file(f, 'eur-mxn').date = '2100-01-01'),
      'content/rates/eur-mxn.yaml → date: 2100-01-01 is after the build day (2026-12-06): a rate cannot be dated in the future',
    ],
    [(f: ContentFile[]) => void (file(f, 'eur-mxn').date = '2026-12-07'), 'content/rates/eur-mxn.yaml → date: 2026-12-07 is after the build day'],
    [
      (f: ContentFile[]) => void (file(f, 'beta').dates[0].date = '2027-05'),
      'content/articles/beta.mdx → dates.0.date: 2027-05 is after the build day (2026-12-06), but the event is past (tense: past)',
    ],
    [
      (f: ContentFile[]) => void (file(f, 'alpha').dates[0].date = '2027-07-12'),
      'content/articles/alpha.mdx → dates.0.date: 2027-07-12 is after the build day',
    ],
    [
      (f: ContentFile[]) => void (file(f, 'beta').source.published = '2027'),
      'content/articles/beta.mdx → source.published: 2027 is after the build day (2026-12-06)',
    ],
  ])('%#: %s', (change, message) => {
    expect(errorsWith(change).join('\n')).toContain(message);
  });

  it('accepts a planned date after the build day, a rate of the build day, and a past month that has begun', () => {
    expect(
      errorsWith((f) => {
        file(f, 'eur-mxn').date = TODAY;
        Object.assign(file(f, 'beta').dates[0], { date: '2026-12', stated: 'In May 2025' });
        file(f, 'alpha').dates[0].tense = 'planned';
        file(f, 'alpha').dates[0].date = '2030-01-01';
      }),
    ).toEqual([]);
  });

  it('is today in UTC when the build runs, and the content check holds our content to it', () => {
    expect(buildDay(new Date('2026-12-06T23:59:59-05:00'))).toBe('2026-12-07');
    expect(checkContentAt('.', undefined, '2025-01-01').errors.join('\n')).toContain('is after the build day (2025-01-01)');
    expect(checkContentAt('.').errors).toEqual([]);
  });
});
