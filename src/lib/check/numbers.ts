/**
 * Numbers as a careful reader of English, French or Spanish reads them.
 *
 * - Digits, with the separators of the language: "25,000" and "1.5" in English, "11 000",
 *   "1,5" and "1,250" (= 1.25) in French, "25.000" and "1,5" in Spanish. A separator followed by
 *   three digits is a thousands separator unless it is the language's decimal mark; any other
 *   separator is the decimal mark ("1,5" is 1.5 in any language). A space groups thousands
 *   ("11 000") after one to three digits. Mixed marks read as written ("1,250.5", "1.250,5").
 *   Anything else ("12.07.2025", "1,2,3") is not a number.
 * - Words, with their scale: "trois millions", "a million", "deux cent cinquante", "veinticinco",
 *   "dos mil millones", "one hundred and one", "vingt et un", "quatre-vingt-dix-neuf",
 *   "soixante et onze" (and the Belgian and Swiss "septante", "huitante", "nonante").
 * - Digits with a scale word or abbreviation: "250 million", "1,5 milliard", "2 mil millones",
 *   "€2bn", "3M€", "10k".
 *
 * `parseNumberAt` reads one number from a token; `numberSpans` finds every number of a text,
 * so a passage can be refused when it starts or ends inside one. Pure; linear in the text.
 */
import { gapBefore, type Lang, type Token } from './tokens.ts';
import { CURRENCIES, PERCENT } from './vocabulary.ts';

export type Scale = 'one' | 'thousand' | 'million' | 'billion';

export interface ParsedNumber {
  /** The number: value of the head times every scale after it. */
  total: number;
  /** The number before the last large scale word ("1,5" in "1,5 milliard"); equals `total` without one. */
  head: number;
  /** The large scale word it ends with (million, billion), `thousand` for "mil"/"thousand", or `one`. */
  scale: Scale;
  /** Token index where it starts, and the index after it. */
  start: number;
  end: number;
  /** True when written in digits. */
  digits: boolean;
}

// ---------------------------------------------------------------------------------------------
// Digits

/** Decimal mark of each language; the other marks group thousands. */
const DECIMAL: Record<Lang, string> = { en: '.', fr: ',', es: ',' };

/**
 * The value of a digit token ("25,000", "1,5", "3'000'000") in `lang`, or the reason it is not a
 * number as written there.
 */
export function digitValue(text: string, lang: Lang): number | { error: string } {
  const groups = text.split(/[.,']/);
  const seps = text.match(/[.,']/g) ?? [];
  if (seps.length === 0) return Number(text);
  const bad = { error: `“${text}” is not a number as written in ${LANG_NAMES[lang]}` };
  const allSame = seps.every((s) => s === seps[0]);
  const threes = (from: number, to: number) => groups.slice(from, to).every((g) => g.length === 3);
  const first = groups[0]!;
  const integer = (gs: string[]) => Number(gs.join(''));
  if (allSame && first.length <= 3 && threes(1, groups.length)) {
    // "3,000,000" (a mark that repeats groups thousands); one mark before three digits: the language decides.
    if (seps.length > 1 || seps[0] === "'" || seps[0] !== DECIMAL[lang]) return integer(groups);
    return Number(`${first}.${groups[1]}`);
  }
  const last = seps.at(-1)!;
  if (last !== "'") {
    const before = seps.slice(0, -1);
    const grouped = before.every((s) => s === before[0] && s !== last) && first.length <= 3 && threes(1, groups.length - 1);
    // "1,5", "2.25" (a single mark before other than three digits), "1,250.5", "1.250,5".
    if ((seps.length === 1 && groups[1]!.length !== 3) || (seps.length > 1 && grouped)) {
      return Number(`${integer(groups.slice(0, -1))}.${groups.at(-1)}`);
    }
  }
  return bad;
}

/** A number as the check's messages write it: in English, up to six decimals ("3,000,000", "1.5"). */
export const englishNumber = (n: number): string => ENGLISH.format(n);
const ENGLISH = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'French', es: 'Spanish' };

// ---------------------------------------------------------------------------------------------
// Words

const EN_SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const FR_SMALL: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
};
const FR_TENS: Record<string, number> = {
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  octante: 80,
  huitante: 80,
  nonante: 90,
};

const ES_SMALL: Record<string, number> = {
  cero: 0,
  uno: 1,
  una: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiuna: 21,
  veintiun: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
};
const ES_TENS: Record<string, number> = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };
const ES_HUNDREDS: Record<string, number> = {
  cien: 100,
  ciento: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
};

/** Scale words per language: factor, and whether it needs a number before it ("million" does, "mille" does not). */
const SCALE_WORDS: Record<Lang, Record<string, number>> = {
  en: { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12 },
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  es: { mil: 1e3, millon: 1e6, millones: 1e6, billon: 1e12, billones: 1e12 },
};

/** Scale abbreviations after digits: "2bn", "10k", "3M€", "1,5 Md€". `attached` ones only right after the digits. */
const SCALE_ABBREVIATIONS: Record<string, { factor: number; attached: boolean; money?: boolean }> = {
  bn: { factor: 1e9, attached: false },
  mn: { factor: 1e6, attached: false },
  mln: { factor: 1e6, attached: false },
  mds: { factor: 1e9, attached: false },
  md: { factor: 1e9, attached: false },
  mrd: { factor: 1e9, attached: false },
  k: { factor: 1e3, attached: true },
  m: { factor: 1e6, attached: true, money: true },
  b: { factor: 1e9, attached: true, money: true },
};

const NUMBER_WORDS: Record<Lang, Set<string>> = {
  en: new Set([...Object.keys(EN_SMALL), ...Object.keys(EN_TENS), 'hundred', 'hundreds', ...Object.keys(SCALE_WORDS.en)]),
  fr: new Set([...Object.keys(FR_SMALL), ...Object.keys(FR_TENS), 'vingts', 'cent', 'cents', ...Object.keys(SCALE_WORDS.fr)]),
  es: new Set([...Object.keys(ES_SMALL), ...Object.keys(ES_TENS), ...Object.keys(ES_HUNDREDS), ...Object.keys(SCALE_WORDS.es)]),
};

/** Every word that is part of a number in `lang` (for telling number words from others). */
export function isNumberWord(key: string, lang: Lang): boolean {
  return NUMBER_WORDS[lang].has(key);
}

/** True when `key` is a scale word or abbreviation in `lang` ("millions", "mil", "bn"). */
export function isScaleWord(key: string, lang: Lang): boolean {
  return key in SCALE_WORDS[lang] || key in SCALE_ABBREVIATIONS;
}

interface Step {
  value: number;
  next: number;
}

/** The index after an optional hyphen joining token `j - 1` to the next word ("vingt-cinq"), or `j` after a space; null when the tokens are not joined so. */
function joined(text: string, t: readonly Token[], j: number): number | null {
  const token = t[j];
  if (!token) return null;
  if (token.text === '-' && gapBefore(text, t, j) === '' && t[j + 1] && gapBefore(text, t, j + 1) === '') return j + 1;
  return gapBefore(text, t, j) === ' ' ? j : null;
}

function wordAt(text: string, t: readonly Token[], j: number, table: Record<string, number>): Step | null {
  const token = t[j];
  if (!token || token.kind !== 'word' || !(token.key in table)) return null;
  return { value: table[token.key]!, next: j + 1 };
}

/** A word number below 100 at token `i`, or null. */
function below100(text: string, t: readonly Token[], i: number, lang: Lang): Step | null {
  const after = (step: Step, table: Record<string, number>, min: number, max: number): Step => {
    const j = joined(text, t, step.next);
    if (j === null) return step;
    const unit = lang === 'fr' ? frBelow20(text, t, j) : wordAt(text, t, j, table);
    return unit && unit.value >= min && unit.value <= max ? { value: step.value + unit.value, next: unit.next } : step;
  };
  if (lang === 'en') {
    const tens = wordAt(text, t, i, EN_TENS);
    if (tens) return after(tens, EN_SMALL, 1, 9);
    return wordAt(text, t, i, EN_SMALL);
  }
  if (lang === 'es') {
    const tens = wordAt(text, t, i, ES_TENS);
    if (tens) {
      // "treinta y uno": the units after "y".
      const y = t[tens.next];
      if (y?.key === 'y' && gapBefore(text, t, tens.next) === ' ' && gapBefore(text, t, tens.next + 1) === ' ') {
        const unit = wordAt(text, t, tens.next + 1, ES_SMALL);
        if (unit && unit.value >= 1 && unit.value <= 9) return { value: tens.value + unit.value, next: unit.next };
      }
      return tens;
    }
    return wordAt(text, t, i, ES_SMALL);
  }
  // French: "quatre-vingt(s)" before anything else, then tens with their units, then 0–19.
  if (t[i]?.key === 'quatre') {
    const j = joined(text, t, i + 1);
    if (j !== null && (t[j]?.key === 'vingt' || t[j]?.key === 'vingts')) {
      const eighty = { value: 80, next: j + 1 };
      return t[j]!.key === 'vingts' ? eighty : after(eighty, {}, 1, 19);
    }
  }
  const tens = wordAt(text, t, i, FR_TENS);
  if (tens) {
    const max = tens.value === 60 ? 19 : 9;
    // "vingt et un", "vingt-et-un", "soixante et onze": "et" only before un/une (and onze after soixante).
    const k = joined(text, t, tens.next);
    if (k !== null && t[k]?.key === 'et') {
      const j = joined(text, t, k + 1);
      const unit = j !== null ? frBelow20(text, t, j) : null;
      if (unit && ['un', 'une', 'onze'].includes(t[j!]!.key) && (unit.value === 1 || (tens.value === 60 && unit.value === 11)))
        return { value: tens.value + unit.value, next: unit.next };
    }
    return after(tens, {}, 1, max);
  }
  return frBelow20(text, t, i);
}

/** French 0–19: "seize", "dix-sept". */
function frBelow20(text: string, t: readonly Token[], i: number): Step | null {
  if (t[i]?.key === 'dix') {
    const j = joined(text, t, i + 1);
    const unit = j !== null ? wordAt(text, t, j, FR_SMALL) : null;
    if (unit && unit.value >= 7 && unit.value <= 9) return { value: 10 + unit.value, next: unit.next };
  }
  return wordAt(text, t, i, FR_SMALL);
}

/** A word number below 1000 at token `i`, or null. */
function below1000(text: string, t: readonly Token[], i: number, lang: Lang): Step | null {
  if (lang === 'es') {
    const hundreds = wordAt(text, t, i, ES_HUNDREDS);
    if (hundreds) {
      if (t[i]!.key === 'cien') return hundreds;
      const j = joined(text, t, hundreds.next);
      const rest = j !== null ? below100(text, t, j, lang) : null;
      return rest && rest.value > 0 ? { value: hundreds.value + rest.value, next: rest.next } : hundreds;
    }
    return below100(text, t, i, lang);
  }
  const hundredWord = lang === 'en' ? ['hundred'] : ['cent', 'cents'];
  const isHundred = (j: number | null) => j !== null && hundredWord.includes(t[j]?.key ?? '');
  let count: Step | null;
  // "a hundred" (English), "cent" alone (French).
  if (lang === 'en' && t[i]?.key === 'a' && isHundred(joined(text, t, i + 1))) count = { value: 1, next: i + 1 };
  else if (lang === 'fr' && isHundred(i)) count = { value: 1, next: i };
  else count = below100(text, t, i, lang);
  if (!count) return null;
  const h = count.next === i ? i : joined(text, t, count.next);
  if (!isHundred(h) || count.value < 1 || count.value > 9 || (lang === 'fr' && count.value === 1 && h !== i)) return count;
  let value = count.value * 100;
  let next = h! + 1;
  // "one hundred and one" (British), "cent un", "deux cent cinquante".
  let j = joined(text, t, next);
  if (lang === 'en' && j !== null && t[j]?.key === 'and') j = joined(text, t, j + 1);
  const rest = j !== null ? below100(text, t, j, lang) : null;
  if (rest && rest.value > 0) {
    value += rest.value;
    next = rest.next;
  }
  return { value, next };
}

/** A scale word at token `j` (after a space or hyphen), as [factor, index after it]. */
function scaleAt(text: string, t: readonly Token[], j: number | null, lang: Lang): [number, number] | null {
  if (j === null) return null;
  const token = t[j];
  if (!token || token.kind !== 'word' || !(token.key in SCALE_WORDS[lang])) return null;
  return [SCALE_WORDS[lang][token.key]!, j + 1];
}

/**
 * A number written in words from token `i`: chunks below 1000 with scale words in decreasing
 * order ("deux millions cinq cent mille", "dos mil doscientos millones", "one thousand and one").
 */
function wordsNumber(text: string, t: readonly Token[], i: number, lang: Lang): ParsedNumber | null {
  let total = 0;
  let segment = 0;
  let chunk: number | null = null;
  let lastLarge = Infinity;
  let j = i;
  let head = 0;
  let lastScale: Scale = 'one';
  const at = (k: number) => (k === i ? i : joined(text, t, k));
  for (;;) {
    if (chunk === null) {
      let k = at(j);
      // "one thousand and one": "and" before the last chunk below 100 (English).
      const and = lang === 'en' && k !== null && k !== i && t[k]?.key === 'and' && (segment > 0 || total > 0);
      if (and) k = joined(text, t, k! + 1);
      let read: Step | null = null;
      if (k !== null) {
        // "a million", "a thousand" (English).
        if (lang === 'en' && t[k]?.key === 'a' && !and && scaleAt(text, t, joined(text, t, k + 1), lang)) read = { value: 1, next: k + 1 };
        else read = and ? below100(text, t, k, lang) : below1000(text, t, k, lang);
      }
      if (read) {
        chunk = read.value;
        j = read.next;
        lastScale = 'one';
      }
    }
    const scale = scaleAt(text, t, at(j), lang);
    if (!scale) break;
    const [factor, next] = scale;
    if (factor === 1e3) {
      // "mille" and "mil" stand alone; English needs "one" or "a"; a thousand only once per segment.
      const m = chunk ?? (lang === 'en' ? null : 1);
      if (segment !== 0 || m === null || m >= 1000) break;
      const million = scaleAt(text, t, joined(text, t, next), lang);
      if (lang === 'es' && million && million[0] === 1e6) {
        // "mil millones", "dos mil millones": the thousand multiplies the millions.
        if (1e9 >= lastLarge) break;
        total += m * 1e9;
        head = m;
        lastLarge = 1e9;
        lastScale = 'billion';
        j = million[1];
      } else {
        segment = m * 1000;
        head = m;
        lastScale = 'thousand';
        j = next;
      }
      chunk = null;
      continue;
    }
    const m = segment + (chunk ?? 0);
    if (m === 0 || factor >= lastLarge) break;
    total += m * factor;
    head = m;
    lastLarge = factor;
    lastScale = factor === 1e6 ? 'million' : factor === 1e9 ? 'billion' : 'one';
    segment = 0;
    chunk = null;
    j = next;
  }
  if (j === i) return null;
  const value = total + segment + (chunk ?? 0);
  // The scale the number ends with: "trois millions" (million), "dos mil" (thousand); a number
  // that goes on after its last scale word ("mil doscientos") is read whole.
  const scale: Scale = chunk !== null || (lastScale === 'thousand' && total > 0) ? 'one' : lastScale;
  return { total: value, head: scale === 'one' ? value : head, scale, start: i, end: j, digits: false };
}

/**
 * The number that starts at token `i` in `lang` (digits or words, with any scale after it), or
 * null; `money` admits the abbreviations that are ambiguous elsewhere ("3m" is 3 metres or 3
 * million). A digit token that is not a number as written there is an error.
 */
export function parseNumberAt(text: string, t: readonly Token[], i: number, lang: Lang, money = false): ParsedNumber | { error: string } | null {
  const token = t[i];
  if (!token) return null;
  if (token.kind === 'word') return wordsNumber(text, t, i, lang);
  if (token.kind !== 'digits') return null;
  // "11 000", "2 500 000": thousands grouped by spaces after one to three digits.
  let written = token.text;
  let j = i + 1;
  if (/^\d{1,3}$/.test(written)) {
    while (t[j]?.kind === 'digits' && /^\d{3}(?:[.,]\d+)?$/.test(t[j]!.text) && gapBefore(text, t, j) === ' ') written += t[j++]!.text;
  }
  const value = digitValue(written, lang);
  if (typeof value !== 'number') return value;
  let total = value;
  let scale: Scale = 'one';
  let end = j;
  const next = t[j];
  const attached = gapBefore(text, t, j) === '';
  const abbreviation = next?.kind === 'word' ? SCALE_ABBREVIATIONS[next.key] : undefined;
  // "250 M€": a spaced abbreviation that a currency sign closes; "3 M de pesos", "3 M d'euros": a
  // capital M that "de" and a currency follow.
  const ofCurrency = (k: number) => t[k]?.key === 'de' || (t[k]?.key === 'd' && t[k + 1]?.text === "'");
  const signed =
    (t[j + 1]?.kind === 'other' && /^[€$£]$/.test(t[j + 1]!.text) && gapBefore(text, t, j + 1) === '') ||
    (next?.text === 'M' && ofCurrency(j + 1) && CURRENCIES.match(text, t, j + (t[j + 1]!.key === 'de' ? 2 : 3)) !== null);
  if (abbreviation && (attached || !abbreviation.attached || (money && signed)) && (money || !abbreviation.money)) {
    // "2bn", "10k", "3M€", "1,5 Md€".
    total = value * abbreviation.factor;
    scale = FACTOR_SCALES.get(abbreviation.factor)!;
    end = j + 1;
  } else if (!attached) {
    const first = scaleAt(text, t, j, lang);
    if (first) {
      let [factor, after] = first;
      const million = factor === 1e3 ? scaleAt(text, t, joined(text, t, after), lang) : null;
      // "2 mil millones" is two billion.
      if (lang === 'es' && million && million[0] === 1e6) [factor, after] = [1e9, million[1]];
      total = value * factor;
      scale = FACTOR_SCALES.get(factor) ?? 'one';
      end = after;
    }
  }
  return { total, head: scale === 'one' ? total : value, scale, start: i, end, digits: true };
}

const FACTOR_SCALES = new Map<number, Scale>([
  [1e3, 'thousand'],
  [1e6, 'million'],
  [1e9, 'billion'],
]);

/**
 * Every number of a tokenised text, as [first token, index after the last] (a space-grouped
 * "11 000", "vingt-cinq", "250 million", "2 mil millones"). Digits always form a span, valid or
 * not ("12.07.2025"), so that no passage can start or end inside them.
 */
export function numberSpans(text: string, t: readonly Token[], lang: Lang): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < t.length;) {
    // Only digits and number words (and English "a", as in "a million") can start a number.
    if (t[i]!.kind === 'other' || (t[i]!.kind === 'word' && !NUMBER_WORDS[lang].has(t[i]!.key) && !(lang === 'en' && t[i]!.key === 'a'))) {
      i++;
      continue;
    }
    const parsed = parseNumberAt(text, t, i, lang, true);
    if (parsed && !('error' in parsed)) {
      // "25 pour cent", "25 %": the percentage is part of the number.
      const end = PERCENT[lang].match(text, t, parsed.end)?.end ?? parsed.end;
      spans.push([i, end]);
      i = end;
    } else if (t[i]!.kind === 'digits') {
      let j = i + 1;
      while (t[j]?.kind === 'digits' && gapBefore(text, t, j) === ' ' && /^\d{3}/.test(t[j]!.text)) j++;
      spans.push([i, j]);
      i = j;
    } else i++;
  }
  return spans;
}
