/**
 * Reads ONE date expression (a date's `stated`: "In May 2025", "le 20 septembre", "el 5 de
 * octubre de 2026", "Monday 3 March 2025", "12/07/2025") into the year, month, day and weekday it
 * gives. Words that only lead it ("in", "le", "desde", "by") are allowed before it; anything else,
 * such as a second date or the words between two events ("12 July, and in 2024"), is refused by
 * name. Month names count only as months: capitalised in English ("may" and "march" are a verb
 * and a noun), next to a day or a year or after a leading word. A numeric date whose day and month
 * could be either way round in English ("07/12/2025") is refused. Pure.
 */
import { YEAR_RANGE } from '../text-rules.ts';
import { LANG_NAMES } from './numbers.ts';
import { gapBefore, tokenize, type Lang, type Token } from './tokens.ts';
import { DATE_LEADS, MONTHS, WEEKDAYS } from './vocabulary.ts';

export interface DateWords {
  year?: number;
  month?: number;
  day?: number;
  /** 0 (Sunday) – 6. */
  weekday?: number;
}

export type DateResult = DateWords | { error: string };

const q = (s: string) => `“${s}”`;

const DAY_SUFFIXES: Record<Lang, string[]> = { en: ['st', 'nd', 'rd', 'th'], fr: ['er', 're'], es: ['º', '°', 'o'] };
const FIRST: Record<Lang, string[]> = { en: ['first'], fr: ['premier', '1er'], es: ['primero'] };
/** Words joining the parts of a date: "5 de octubre de 2026", "the 5th of May", "July 12, 2025". */
const JOINERS: Record<Lang, string[]> = { en: ['of', 'the', ','], fr: [','], es: ['de', 'del', ','] };

const isYear = (token: Token | undefined) =>
  token?.kind === 'digits' && /^\d{4}$/.test(token.text) && Number(token.text) >= YEAR_RANGE.min && Number(token.text) <= YEAR_RANGE.max;

export function readDate(stated: string, lang: Lang): DateResult {
  const text = stated;
  const t = tokenize(text);
  const out: DateWords = {};
  let i = 0;
  let led = false;
  for (let lead = DATE_LEADS[lang].match(text, t, i); lead && lead.end < t.length; lead = DATE_LEADS[lang].match(text, t, i)) {
    i = lead.end;
    led = true;
  }
  const rest = () => (i < t.length ? text.slice(t[i]!.start) : '');
  const extra = () => ({
    error: `${q(rest())} is not read as part of one date: a date's words give one date (a year, a month, a day, a weekday), with at most a leading word such as “in” or “le”`,
  });
  const take = (k: number) => (i = k);
  const skipJoiners = () => {
    while (i < t.length && JOINERS[lang].includes(t[i]!.key)) i++;
  };

  // Numeric dates: 2025-07-12, 12/07/2025, 12.07.2025, 07/2025.
  const numeric = /^(\d{4})-(\d{1,2})-(\d{1,2})$|^(\d{1,2})([./-])(\d{1,2})\5(\d{4})$|^(\d{1,2})[./](\d{4})$/.exec(text.slice(t[i]?.start ?? 0).trim());
  if (numeric && t[i]?.kind === 'digits') {
    if (numeric[1]) Object.assign(out, { year: +numeric[1], month: +numeric[2]!, day: +numeric[3]! });
    else if (numeric[4]) {
      const [a, b, y] = [+numeric[4], +numeric[6]!, +numeric[7]!];
      if (lang === 'en' && a <= 12 && b <= 12 && a !== b)
        return {
          error: `${q(rest())} could be ${a} ${'month'} ${b} or the other way round: in English, write the date as the text does in words, or quote it elsewhere`,
        };
      const [day, month] = lang === 'en' && b > 12 ? [b, a] : [a, b];
      Object.assign(out, { year: y, month, day });
    } else Object.assign(out, { year: +numeric[9]!, month: +numeric[8]! });
    return valid(out, text);
  }

  // A weekday: "Monday", "samedi", "el sábado".
  const weekday = WEEKDAYS[lang].match(text, t, i);
  if (weekday && (lang !== 'en' || /^\p{Lu}/u.test(t[i]!.text))) {
    out.weekday = weekday.value;
    take(weekday.end);
    if (t[i]?.text === ',') i++;
    if (i < t.length && t[i]!.key === 'the') i++;
  }
  const monthAt = (k: number) => {
    const m = MONTHS[lang].match(text, t, k);
    return m && (lang !== 'en' || /^\p{Lu}/u.test(t[k]!.text)) ? m : null;
  };
  const dayAt = (k: number): { day: number; end: number } | null => {
    const token = t[k];
    if (!token) return null;
    if (FIRST[lang].includes(token.key)) return { day: 1, end: k + 1 };
    if (token.kind !== 'digits' || !/^\d{1,2}$/.test(token.text) || +token.text < 1 || +token.text > 31) return null;
    const suffix = t[k + 1];
    if (suffix && gapBefore(text, t, k + 1) === '' && DAY_SUFFIXES[lang].includes(suffix.key)) return { day: +token.text, end: k + 2 };
    return { day: +token.text, end: k + 1 };
  };

  const day = dayAt(i);
  if (day) {
    // "20 septembre", "5 de octubre de 2026", "the 5th of May 2025".
    const save = i;
    take(day.end);
    skipJoiners();
    const month = monthAt(i);
    if (!month) {
      i = save;
      if (!isYear(t[i])) return { error: `${q(rest())}: a day needs its month beside it (“20 septembre”, “July 12”)` };
    } else {
      out.day = day.day;
      out.month = month.value;
      take(month.end);
      skipJoiners();
    }
  } else {
    const month = monthAt(i);
    if (month) {
      out.month = month.value;
      take(month.end);
      // "July 12", "July 12th, 2025".
      const after = dayAt(i);
      if (after && !isYear(t[i])) {
        out.day = after.day;
        take(after.end);
      }
      skipJoiners();
      if (out.day === undefined && !isYear(t[i]) && !led && lang === 'en') {
        return { error: `${q(text)}: a month alone reads as a month only after a word such as “in” (“in May”)` };
      }
    } else if (i < t.length && MONTHS[lang].match(text, t, i) && lang === 'en') {
      return { error: `${q(t[i]!.text)} is not read as a month: in English a month name is capitalised (“may” and “march” are also a verb and a noun)` };
    }
  }
  if (isYear(t[i])) {
    out.year = Number(t[i]!.text);
    i++;
  }
  if (i < t.length) return extra();
  if (out.year === undefined && out.month === undefined && out.weekday === undefined) {
    return { error: `${q(text)} gives no date in ${LANG_NAMES[lang]} (a year, a month by name, a day beside its month, or a weekday)` };
  }
  return valid(out, text);
}

/** The date, or why it does not exist (13th month, 31 June). */
function valid(date: DateWords, text: string): DateResult {
  const { year, month, day } = date;
  if (month !== undefined && (month < 1 || month > 12)) return { error: `${q(text)} has no month ${month}` };
  if (year !== undefined && (year < YEAR_RANGE.min || year > YEAR_RANGE.max))
    return { error: `${q(text)}: the year must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}` };
  if (day !== undefined && month !== undefined) {
    const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
    if (day > days) return { error: `${q(text)} does not exist: that month has ${days} days` };
  }
  return date;
}

/** Day of the week (0 = Sunday) of a calendar day. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
