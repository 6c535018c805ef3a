/** Secondary sources: other public reporting used to cross-check the reports (`content/references/`). */
import { z } from 'zod';
import { languageTag, partialDateString, text, webUrl, record } from './common.ts';

export const referenceSchema = record({
  /** How we name the page: its title where the source material gives it, else a plain description. */
  label: text,
  /** Who publishes it, e.g. "The Daily Courier". */
  publisher: text,
  /** Its address (http or https only). */
  url: webUrl,
  /** The date the page shows (partial allowed); `null` when it shows none. */
  date: partialDateString.nullable(),
  /** What that date is, when not plain publication: "visit of 8 October 2025". */
  dateNote: text.nullable().default(null),
  /**
   * What `date` is: `published` (the page's publication date), `event` (the day of what it
   * reports, e.g. a visit) or `shown` (a date a listing page shows). Only `published` is
   * given out as a publication date.
   */
  dateKind: z.enum(['published', 'event', 'shown']).default('published'),
  /** BCP 47 language of the page. */
  language: languageTag,
});

export type Reference = z.output<typeof referenceSchema>;
