/** The report itself: who published it, in which language, and what we know of its provenance. */
import { z } from 'zod';
import { languageTag, partialDateString, record, text, webUrl } from './common.ts';

/** `translatedFrom` when we cannot tell whether the text is a translation. */
export const UNKNOWN_LANGUAGE = 'unknown';

export const sourceSchema = record({
  /** The outlet the report comes from, e.g. "The Daily Courier". */
  outlet: text,
  /** Where the outlet is based, as known from the source material, e.g. "Porto Alegre"; `null` if unknown. */
  outletPlace: text.nullable(),
  /** The byline or credit line exactly as printed (`"A. Reporter"`, `"AR / courier"`); `null` if none. */
  byline: text.nullable(),
  /** The report's headline as printed. */
  headline: text,
  /** Our English rendering of `headline` when it is not in English; shown labelled as our translation. */
  headlineGloss: text.nullable().default(null),
  /** BCP 47 language of the text we hold, e.g. `fr`. Sets `lang` on the rendered body. */
  language: languageTag,
  /**
   * Language of the original when the text we hold is a translation, e.g. `es`; `unknown` when
   * nothing tells whether it is a translation (a summary in another language, no credit); `null`
   * when it is known to be in its original language.
   */
  translatedFrom: z.union([z.literal(UNKNOWN_LANGUAGE), languageTag]).nullable(),
  /** Address of the text we hold; `null` when it reached us without one. Only http(s). */
  url: webUrl.nullable(),
  /** Publication date (partial allowed); `null` when the text does not give it. */
  published: partialDateString.nullable(),
  /** When we obtained or last checked the text (partial allowed); `null` if not recorded. */
  accessed: partialDateString.nullable(),
  /** Provenance notes: how the text reached us, translation, oddities kept as received. */
  notes: z.array(text).default([]),
});

export type Source = z.output<typeof sourceSchema>;
