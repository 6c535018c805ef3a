/**
 * Our prose names a figure's currency, hedge and period as its fact does, a ratio word is a ratio
 * computed from the facts, and a correction of a number states the new one
 * (src/lib/prose-check.ts): on the real content, each attack beside the honest line, which passes.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { checkedData, formatError, type Valid } from '../../src/lib/content-check.ts';
import { proseIssues } from '../../src/lib/prose-check.ts';
import { en } from '../helpers/messages.ts';

const real = checkedData(readContent('.').files).valid;
const COMPARISON = 'jalisco-lab-vs-marseille';

function errorsOf(edit: (valid: Valid) => void): string[] {
  const valid = structuredClone(real);
  edit(valid);
  return proseIssues({ valid, comparisonBodies: new Map(), site: [], messages: en }).map(formatError);
}

/** The money verdict's short line set to `text`: its errors. */
const moneyShort = (text: string) =>
  errorsOf((valid) => {
    const v = valid.comparisons.get(COMPARISON)!.data.verdicts.find((x) => x.dimension === 'money')!;
    v.short = text;
  });

/** The claims verdict's finding set to `text`: its errors. */
const claimsFinding = (text: string) =>
  errorsOf((valid) => {
    valid.comparisons.get(COMPARISON)!.data.verdicts.find((x) => x.dimension === 'claims')!.finding = text;
  });

const correction = (wrong: string, corrected: string) =>
  errorsOf((valid) => {
    valid.corrections.set('x', {
      file: { path: 'content/corrections/x.yaml' },
      data: { date: '2026-12-01', page: { kind: 'article', id: 'jalisco-lab' }, wrong, corrected },
    } as never);
  });

describe('the real content passes as it is', () => {
  it('has no prose error', () => {
    expect(errorsOf(() => {})).toEqual([]);
  });
});

describe('a figure names its fact’s currency, hedge and period', () => {
  it.each([
    ['the line as published', 'Tavares: about 3m pesos vs no project figure'],
    ['the hedge left out', 'Tavares: 3m pesos vs no project figure'],
    ['the currency by its code', 'Tavares: about MXN 3m vs no project figure'],
    ['no qualifier at all', 'Tavares: 3 million vs no project figure'],
  ])('%s passes', (_name, text) => {
    expect(moneyShort(text)).toEqual([]);
  });

  it.each([
    ['another currency (N8)', 'Tavares: about 3m US dollars vs no project figure', '“3m US dollars” names the currency USD, but its fact is in MXN'],
    ['euros, hedge raised (N8c)', 'Tavares: at least 3m euros vs no project figure', '“3m euros” names the currency EUR, but its fact is in MXN'],
    ['a stronger hedge', 'Tavares: at least 3m pesos vs no project figure', '“3m pesos” is hedged “at least”, but its fact is hedged “about”'],
    [
      'a period the fact does not have (N8b)',
      'Tavares: 3m pesos a year vs no project figure',
      '“3m pesos” gives the period per-year, but its fact is unspecified',
    ],
    ['exact for “about” (N8b)', 'Tavares: exactly 3m pesos vs no project figure', '“3m pesos” says the figure is exact, but its fact is hedged “about”'],
    [
      'per month (N23e)',
      'Tavares: about 3m pesos a month vs no project figure',
      '“3m pesos a month” gives a period no fact of the facts this verdict rests on has',
    ],
  ])('%s is refused', (_name, text, message) => {
    const errors = moneyShort(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('jalisco-lab-vs-marseille.mdx → verdicts.2.short: ');
    expect(errors[0]).toContain(message);
  });

  it('“exactly” is refused for a figure the report hedges, the report’s own hedge passes (N38)', () => {
    expect(claimsFinding('5 of 6 Jalisco claims only relayed; the forecast of around 2 billion euros for France is 2021–2024.')).toEqual([]);
    const errors = claimsFinding('5 of 6 Jalisco claims only relayed; the forecast of exactly 2 billion euros for France is 2021–2024.');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('“2 billion euros” says the figure is exact, but its fact is hedged “about”');
  });

  it('an article’s dek is held too (N21)', () => {
    const dek = (text: string) =>
      errorsOf((valid) => {
        valid.articles.get('jalisco-lab')!.data.dek = text;
      });
    expect(dek('Netflix’s share: about three million pesos, by the commission’s estimate.')).toEqual([]);
    expect(dek('Netflix’s share: about three million euros, by the commission’s estimate.')).toEqual([
      expect.stringContaining('→ dek: “three million euros” names the currency EUR, but its fact is in MXN'),
    ]);
  });
});

describe('a ratio word is a ratio computed from the facts', () => {
  it.each([
    ['twice (N23c2)', 'Tavares: twice 3m pesos vs no project figure', '“twice”'],
    ['double', 'Tavares: double the 3m pesos vs no project figure', '“double”'],
    ['half beside a figure', 'Tavares: half of 3m pesos vs no project figure', '“half”'],
  ])('%s is refused', (_name, text, words) => {
    // The speaker named beside the ratio word is refused too: the ratio is no figure she states.
    expect(moneyShort(text).filter((e) => !e.includes(' beside '))).toEqual([
      expect.stringContaining(`${words} is not a value of the facts this verdict rests on nor computed from them`),
    ]);
  });

  it('“half” with no figure in its phrase is not a ratio', () => {
    expect(moneyShort('Tavares: about 3m pesos; half of what Marseille describes has no figure')).toEqual([]);
  });
});

describe('a correction of a number or a date states the new one', () => {
  it('refuses a correction in words with no number or date (N7c), and checks a stated one', () => {
    expect(correction('We gave the launch date as 12 July 2025.', 'The launch was a week earlier, on the first Saturday of the month.')).toEqual([
      expect.stringContaining('content/corrections/x.yaml → corrected: states no number or date, where wrong gives “12 July 2025”'),
    ]);
    expect(correction('We called the share exact.', 'The share is an estimate: about 3 million pesos.')).toEqual([]);
    expect(correction('We gave the share as 30 million pesos.', 'It is about 3 million pesos, by Tavares’s estimate.')).toEqual([]);
    expect(correction('We gave the share as about 3 million pesos.', 'It is about 3 million US dollars.')).toEqual([
      expect.stringContaining('→ corrected: “3 million US dollars” names the currency USD, but its fact is in MXN'),
    ]);
  });
});

describe('a year after a name is a date unless a report writes it so', () => {
  it('refuses “Jalisco Lab 2027” (N23d), and accepts a name with its year as a report writes it', () => {
    const finding = (text: string, name?: string) =>
      errorsOf((valid) => {
        valid.comparisons.get(COMPARISON)!.data.verdicts.find((x) => x.dimension === 'money')!.finding = text;
        if (name) valid.articles.get('jalisco-lab')!.data.institutions[0]!.name = name;
      });
    expect(finding('Jalisco gives one money figure, about 3 million pesos; Jalisco Lab 2027 is already planned.')).toEqual([
      expect.stringContaining('verdicts.2.finding: “2027” is not a date of the facts this verdict rests on'),
    ]);
    expect(finding('Jalisco gives one money figure, about 3 million pesos; the Festival Cine 2031 gives none.', 'Festival Cine 2031')).toEqual([]);
    expect(finding('Jalisco gives one money figure, about 3 million pesos; the Festival Cine 2031 gives none.')).toEqual([
      expect.stringContaining('“2031” is not a date'),
    ]);
    expect(finding('Jalisco gives one money figure, about 3 million pesos; courses on Industry 4.0 have none.')).toEqual([]);
  });
});
