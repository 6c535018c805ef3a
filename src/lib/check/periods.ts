/**
 * Period phrases: what the words of a period mean ("per year", "par an", "al año" → per-year;
 * "by 2025", "between 2021 and 2024", "d'ici 2025", "over the three years" → cumulative;
 * "one-off" → one-off), from the table in vocabulary.ts. Pure.
 */
import { YEAR_RANGE } from '../text-rules.ts';
import { parseNumberAt } from './numbers.ts';
import { gapBefore, keyOf, tokenize, type Lang, type Token } from './tokens.ts';
import { PERIOD_PHRASES, type Period } from './vocabulary.ts';

type Part = { year: true } | { number: true } | { key: string };

const PATTERNS: Record<Lang, { parts: Part[]; period: Period }[]> = Object.fromEntries(
  Object.entries(PERIOD_PHRASES).map(([lang, phrases]) => [
    lang,
    phrases.map(([phrase, period]) => ({
      period,
      parts: phrase.split(' ').flatMap((word): Part[] => {
        if (word === 'YEAR') return [{ year: true }];
        if (word === 'N') return [{ number: true }];
        return tokenize(word).map((t) => ({ key: t.kind === 'word' ? keyOf(t.text) : t.text }));
      }),
    })),
  ]),
) as Record<Lang, { parts: Part[]; period: Period }[]>;

/** The period phrase starting at token `i`, as its meaning and the index after it (longest match); or null. */
export function periodAt(text: string, t: readonly Token[], i: number, lang: Lang): { period: Period; end: number } | null {
  let best: { period: Period; end: number } | null = null;
  for (const { parts, period } of PATTERNS[lang]) {
    let j = i;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) {
      const part = parts[k]!;
      const token = t[j];
      if (!token || (k > 0 && !/^ ?$/.test(gapBefore(text, t, j)))) ok = false;
      else if ('year' in part) {
        ok = token.kind === 'digits' && /^\d{4}$/.test(token.text) && +token.text >= YEAR_RANGE.min && +token.text <= YEAR_RANGE.max;
        j++;
      } else if ('number' in part) {
        const n = parseNumberAt(text, t, j, lang);
        ok = n !== null && !('error' in n);
        if (n && !('error' in n)) j = n.end;
      } else {
        ok = token.key === part.key;
        j++;
      }
    }
    if (ok && (!best || j > best.end)) best = { period, end: j };
  }
  return best;
}

/** What period words mean, when they are one period phrase and nothing else; or null. */
export function periodOf(words: string, lang: Lang): Period | null {
  const t = tokenize(words);
  const found = periodAt(words, t, 0, lang);
  return found && found.end === t.length ? found.period : null;
}

/** Every period named anywhere in `text` (a reading's quoted basis). */
export function periodsIn(text: string, lang: Lang): Set<Period> {
  const t = tokenize(text);
  const found = new Set<Period>();
  for (let i = 0; i < t.length; i++) {
    const p = periodAt(text, t, i, lang);
    if (p) found.add(p.period);
  }
  return found;
}

/** Examples of the phrases for each period, for messages. */
export function periodExamples(lang: Lang): string {
  const by = new Map<Period, string[]>();
  for (const [phrase, period] of PERIOD_PHRASES[lang]) by.set(period, [...(by.get(period) ?? []), phrase.replace('YEAR', '2025').replace('N', 'three')]);
  return [...by]
    .map(
      ([period, phrases]) =>
        `${period}: ${phrases
          .slice(0, 3)
          .map((p) => `“${p}”`)
          .join(', ')}…`,
    )
    .join('; ');
}
