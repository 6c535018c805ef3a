/**
 * An inferred date and the source it is inferred from: a source reports as past only what has
 * happened by its own date and announces only what has not; its words in quotation marks give no
 * number or date the report does not; a date read from the report's own metadata needs the
 * report's address and our access date. Each edit of the real content is refused next to the
 * content as it is, which passes.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { checkBodies, checkedData, formatError, type ContentFile } from '../../src/lib/content-check.ts';

const files = readContent(process.cwd()).files;

/** The errors the content check finds in the real content after `edit` of an article's date (file → field: message). */
function errorsAfter(article: string, date: string, edit: (date: Record<string, unknown>, source: Record<string, unknown>) => void): string[] {
  const copy = structuredClone(files);
  const file = copy.find((f) => f.collection === 'articles' && f.id === article) as ContentFile & {
    data: { dates: Record<string, unknown>[]; source: Record<string, unknown> };
  };
  const data = file.data;
  edit(
    data.dates.find((d) => d.id === date)!,
    data.source,
  );
  const { errors, valid } = checkedData(copy, undefined, 'en');
  return [...errors, ...checkBodies(copy, valid.articles).errors].filter((e) => e.file === file.path).map(formatError);
}

const JALISCO = 'content/articles/jalisco-lab.mdx';
const MARSEILLE = 'content/articles/netflix-marseille.mdx';

describe('an inferred date and the date of its source', () => {
  it('accepts the real content', () => {
    expect(errorsAfter('jalisco-lab', 'launch', () => {})).toEqual([]);
    expect(errorsAfter('netflix-marseille', 'choose-france-day', () => {})).toEqual([]);
  });

  it('refuses a past event dated after the source that reports it', () => {
    expect(
      errorsAfter('jalisco-lab', 'launch', (d) => {
        d.date = '2025-07-19';
        d.basis = String(d.basis).replace('most likely 12 July 2025', 'most likely 19 July 2025');
      }),
    ).toEqual([
      `${JALISCO} → dates.0.date: 2025-07-19 is after the date of vallarta-daily-2025-07-14, 2025-07-14, which reports the event as past (basisTense, or tense): fix the date, or set basisTense to how that source speaks of it`,
    ]);
  });

  it('refuses an event a source announces dated before that source, and reads an announcement as past only when told', () => {
    expect(
      errorsAfter('netflix-marseille', 'choose-france-day', (d) => {
        d.date = '2025-05-17';
        d.basis = String(d.basis).replace('on 19 May 2025', 'on 17 May 2025');
      }),
    ).toEqual([
      `${MARSEILLE} → dates.1.date: 2025-05-17 is before the date of societe-sarandos-2025-05-18, 2025-05-18, which announces the event (basisTense, or tense): fix the date, or set basisTense to how that source speaks of it`,
    ]);
    // The interview of 18 May announces the summit of the 19th: without basisTense, the event's tense (past) is read.
    expect(errorsAfter('netflix-marseille', 'choose-france-day', (d) => delete d.basisTense)).toEqual([
      `${MARSEILLE} → dates.1.date: 2025-05-19 is after the date of societe-sarandos-2025-05-18, 2025-05-18, which reports the event as past (basisTense, or tense): fix the date, or set basisTense to how that source speaks of it`,
    ]);
  });

  it('holds a date read from the report’s own metadata to the report’s date, address and our access', () => {
    const fromMetadata = (url: string | null, accessed: string | null, date: string) => (d: Record<string, unknown>, source: Record<string, unknown>) => {
      Object.assign(source, { published: '2025-07-21', url, accessed });
      delete d.basisSource;
      Object.assign(d, {
        basisKind: 'report-metadata',
        date,
        basis: `The report says only “ce samedi” (this Saturday). It was published on Monday 21 July 2025, so the Saturday is most likely ${date === '2025-07-19' ? '19' : '26'} July 2025.`,
      });
    };
    expect(errorsAfter('jalisco-lab', 'launch', fromMetadata(null, null, '2025-07-19'))).toEqual([
      `${JALISCO} → dates.0.basisKind: a date inferred from the report's own metadata needs source.url and source.accessed, so a reader can see the date we read: fill them, or rest the date on a reference (basisSource)`,
    ]);
    expect(errorsAfter('jalisco-lab', 'launch', fromMetadata('https://www.example.org/report', '2026-12-01', '2025-07-19'))).toEqual([]);
    expect(errorsAfter('jalisco-lab', 'launch', fromMetadata('https://www.example.org/report', '2026-12-01', '2025-07-26'))).toEqual([
      `${JALISCO} → dates.0.date: 2025-07-26 is after the report’s own date (source.published), 2025-07-21, which reports the event as past (basisTense, or tense): fix the date, or set basisTense to how that source speaks of it`,
    ]);
  });
});

describe('the words an inference quotes', () => {
  it('refuses a number or a date in quotation marks that the report does not give', () => {
    expect(
      errorsAfter('netflix-marseille', 'choose-france-day', (d) => {
        d.date = '2025-05-22';
        d.basis =
          'The report gives only May 2025. An interview with Netflix’s co-CEO published on 18 May 2025 says he will be in Paris “le jeudi 22 mai 2025” for Choose France, which puts the summit on 22 May 2025.';
      }),
    ).toEqual([
      `${MARSEILLE} → dates.1.basis: “le jeudi 22 mai 2025” gives a number or a date in quotation marks but is not in the report's text: a basis quotes another source only where its words give no number or date (name the date in our own words, as the basis must)`,
    ]);
    for (const quote of ['le jeudi vingt-deux mai', 'in June', 'twenty-second']) {
      const errors = errorsAfter('netflix-marseille', 'choose-france-day', (d) => {
        d.basis = `${String(d.basis)} The interview says “${quote}”.`;
      });
      expect(errors, quote).toHaveLength(1);
    }
  });

  it('accepts the report’s own words with their number, and another source’s words without one', () => {
    // The real basis quotes the report's “le 20 septembre”; this one quotes the interview's words, which give no date.
    expect(
      errorsAfter('netflix-marseille', 'choose-france-day', (d) => {
        d.basis = `${String(d.basis)} The interview says he will come “to Paris”.`;
      }),
    ).toEqual([]);
    expect(errorsAfter('jalisco-lab', 'ariel-awards-ceremony', () => {})).toEqual([]);
  });
});
