/**
 * Our texts that are longer than their place on a phone allows. The first screen at 375 × 800
 * holds the headline, the standfirst, the key figures and at least four verdicts only when the
 * headline and standfirst are within these lengths; a section's verdict reads at a glance, with
 * its reasons one tap away, in about 140 characters; the conclusion is one or two sentences.
 * The limits come from the layout (the browser suite fills a headline and a standfirst to their
 * limits and counts the verdicts above the fold).
 *
 * These are notes, not errors: a longer text is still shown in full, and the page still builds.
 * `npm run check:content` and the build list each one, naming file → field, its length and the
 * limit, for an editor to shorten.
 */
import type { ContentError } from '../content-check.ts';
import type { Comparison } from '../../schemas/comparison.ts';

export const LIMITS = {
  /** A comparison's headline: three lines at 375 px. */
  title: 85,
  /** The standfirst under it: four lines at 375 px. */
  dek: 140,
  /** A section's verdict, shown in full (its `why` is one tap away). */
  finding: 150,
  /** The conclusion under the scorecard… */
  conclusion: 240,
  /** …in at most this many sentences. */
  conclusionSentences: 2,
} as const;

/** Characters as a reader counts them (a letter with its accent is one). */
const length = (text: string) => [...text.normalize('NFC')].length;

/** Sentences: a full stop, question or exclamation mark followed by a space and a capital or a quote mark. */
export function sentenceCount(text: string): number {
  return text.trim().split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/u).length;
}

function over(file: string, field: string, text: string, limit: number, place: string): ContentError[] {
  const n = length(text);
  return n > limit ? [{ file, field, message: `${n} characters, over the ${limit} that ${place}: shorten it by ${n - limit}` }] : [];
}

/** Every text of a comparison that is longer than its place allows. */
export function comparisonLengthNotes(file: string, data: Pick<Comparison, 'title' | 'dek' | 'conclusion' | 'verdicts'>): ContentError[] {
  const notes = [
    ...over(file, 'title', data.title, LIMITS.title, 'fit in three lines at the top of a phone screen'),
    ...over(file, 'dek', data.dek, LIMITS.dek, 'fit in four lines under the headline on a phone'),
    ...data.verdicts.flatMap((v, i) =>
      over(file, `verdicts.${i}.finding`, v.finding, LIMITS.finding, `read at a glance (${v.dimension}; the why is one tap away)`),
    ),
  ];
  if (data.conclusion) {
    notes.push(...over(file, 'conclusion', data.conclusion, LIMITS.conclusion, 'a conclusion of one or two sentences takes'));
    const sentences = sentenceCount(data.conclusion);
    if (sentences > LIMITS.conclusionSentences) {
      notes.push({ file, field: 'conclusion', message: `${sentences} sentences: a conclusion is one or two` });
    }
  }
  return notes;
}
