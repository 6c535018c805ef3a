/**
 * Over the real content: a blockquote in a comparison is the report's words whole, inner
 * quotations included; its consecutive paragraphs are consecutive in one report; and a cut ("…")
 * in any quotation drops no negation, hedge or projection. Each attack beside the honest quotation.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { checkBodies, checkedData, formatError, type ContentFile } from '../../src/lib/content-check.ts';

const { files } = readContent('.');
const comparison = files.find((f) => f.collection === 'comparisons')!;

/** The body errors of the real content with `text` added to the comparison's body. */
function withBody(text: string): string[] {
  const copy: ContentFile = { ...structuredClone(comparison), body: `${comparison.body}\n${text}\n` };
  const all = files.map((f) => (f === comparison ? copy : f));
  return checkBodies(all, checkedData(all, '2026-12-07').valid.articles).errors.map(formatError);
}

const KOURTRAJME = 'Founded by passionate filmmakers, Kourtrajmé is known for its ability to train and encourage young talents.';
const GREAT_FIRST = 'The partnership with Netflix is considered a “great first.”';
const CINEMATHEQUE =
  'Alongside this educational support, the branch of the Cinémathèque Française in Marseille will become a reference point for cinematic heritage.';

describe('a blockquote is the report’s words whole', { timeout: 60_000 }, () => {
  it.each([
    ['one paragraph with its inner quotation', `> ${GREAT_FIRST}`],
    ['two sentences that follow each other', `> ${KOURTRAJME}\n>\n> ${GREAT_FIRST}`],
    ['a heading and the paragraph after it', `> Kourtrajmé: An Incubator of Creativity\n>\n> ${KOURTRAJME}`],
    ['two passages apart, with the cut marked', `> ${KOURTRAJME}\n>\n> …\n>\n> ${CINEMATHEQUE}`],
  ])('%s passes', (_name, text) => {
    expect(withBody(text)).toEqual([]);
  });

  it.each([
    [
      'invented words around a real quotation (N2)',
      `> ${GREAT_FIRST} Netflix will not renew this once the first cohort ends.`,
      'is not in the text of either compared report',
    ],
    ['a one-word inner quotation (N2b)', '> Tavares: “Netflix” will stop after this year.', 'is not in the text of either compared report'],
    ['two distant passages joined as one (N26b)', `> ${KOURTRAJME}\n>\n> ${CINEMATHEQUE}`, 'they are not consecutive in one compared report'],
    ['two paragraphs in the wrong order', `> ${GREAT_FIRST}\n>\n> ${KOURTRAJME}`, 'they are not consecutive in one compared report'],
  ])('%s is refused', (_name, text, message) => {
    const errors = withBody(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/comparisons\/jalisco-lab-vs-marseille\.mdx → line \d+: the blockquote /);
    expect(errors[0]).toContain(message);
  });
});

describe('a cut drops no negation, hedge or projection', { timeout: 60_000 }, () => {
  it('refuses a cut that drops “n’ait pas été précisé” (N26c) or “environ”, and accepts one that drops description', () => {
    expect(withBody('The report writes “le montant exact … trois millions de pesos”.')).toEqual([
      expect.stringContaining('“le montant exact … trois millions de pesos” cuts (…) the report’s words where they say “pas”'),
    ]);
    expect(withBody('The report writes “Tavares a estimé la participation de Netflix … trois millions de pesos”.')).toEqual([
      expect.stringContaining('where they say “environ”'),
    ]);
    expect(withBody('The article writes “Netflix has always had a penchant for producing works … rooted in their cultural environment”.')).toEqual([]);
    expect(withBody(`> Netflix has always had a penchant for producing works … rooted in their cultural environment.`)).toEqual([]);
    expect(withBody('> le montant exact … trois millions de pesos')).toEqual([expect.stringContaining('cuts (…) the report’s words where they say “pas”')]);
  });
});

describe('the work on blockquotes is bounded', () => {
  it('refuses more blockquote paragraphs than quotations allowed, before looking for them', { timeout: 60_000 }, () => {
    const many = Array.from({ length: 501 }, (_, i) => `> Paragraph ${i}.`).join('\n>\n');
    expect(withBody(many)).toEqual([expect.stringContaining('→ (body): holds 501 blockquote paragraphs: at most 500')]);
  });
});
