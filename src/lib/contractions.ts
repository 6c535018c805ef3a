/**
 * Where a message's own words meet a value it fills in, French and Spanish contract them:
 * "de {who}" with "Émile Roux" reads "d’Émile Roux", "de {measure}" with "les
 * dépenses…" reads "des dépenses…", and in Spanish "de {measure}" with "el gasto…" reads "del
 * gasto…". Messages mark each value they fill in (`markValue`); `joinValues` contracts at the
 * marks and removes them. Only the meeting point changes: a value's own words (a report's, a
 * name) are never rewritten inside it, and a name that starts with a capitalised article
 * ("El Diario") keeps it, as Spanish spelling does.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** A value as a message fills it in, marked so `joinValues` finds where it meets the message's words. */
export const markValue = (value: string): string => `${OPEN}${value}${CLOSE}`;

/** A word's start that French elides before: a vowel (an h is left alone: whether it elides depends on the word). */
const VOWEL = /^[aeiouyàáâäæéèêëìíîïòóôöœùúûüÿ]/i;
/** The message's last word before a value, when it stands alone (after the start, a space, a bracket or a quotation mark). */
const LAST_WORD = /(?:^|[\s(«“"‘'’])(\p{L}+) $/u;

/** How the message's last word and the start of a value meet: [the word as it ends up, the value's start it replaces, what follows the word]. */
type Meeting = (word: string, value: string) => [string, string] | null;

/** "de", "à", "que", "le", "la" before a value, in French. */
const french: Meeting = (word, value) => {
  const lower = word.toLowerCase();
  const cased = (w: string) => (word[0] === word[0]!.toUpperCase() ? w[0]!.toUpperCase() + w.slice(1) : w);
  if (lower === 'de' && value.startsWith('les ')) return [cased('des '), value.slice(4)];
  if (lower === 'de' && value.startsWith('le ')) return [cased('du '), value.slice(3)];
  if (lower === 'à' && value.startsWith('les ')) return [cased('aux '), value.slice(4)];
  if (lower === 'à' && value.startsWith('le ')) return [cased('au '), value.slice(3)];
  if (!VOWEL.test(value)) return null;
  if (lower === 'de') return [`${word[0]}’`, value];
  if (lower === 'que') return [`${word.slice(0, 2)}’`, value];
  if (lower === 'le' || lower === 'la') return [`${word[0]}’`, value];
  return null;
};

/** "de" and "a" before "el …", in Spanish (a lower-case article only: "de El Diario" stays). */
const spanish: Meeting = (word, value) => {
  if (!value.startsWith('el ')) return null;
  if (word === 'de' || word === 'De') return [`${word}l `, value.slice(3)];
  if (word === 'a' || word === 'A') return [`${word}l `, value.slice(3)];
  return null;
};

const MEETINGS: Partial<Record<string, Meeting>> = { fr: french, es: spanish };

/** The meeting rules of each BCP 47 tag asked for (null: the language contracts nothing). */
const meetings = new Map<string, Meeting | null>();

const MARKS = new RegExp(`[${OPEN}${CLOSE}]`, 'g');

function meetingOf(lang: string): Meeting | null {
  let meet = meetings.get(lang);
  if (meet === undefined) meetings.set(lang, (meet = MEETINGS[lang.split('-')[0]!.toLowerCase()] ?? null));
  return meet;
}

/** True when `lang` contracts a message's words with a value (French, Spanish): only then are values worth marking. */
export const contracts = (lang: string): boolean => meetingOf(lang) !== null;

/** `text` with its marked values joined to the words before them as `lang` contracts them, and the marks removed. */
export function joinValues(text: string, lang: string): string {
  if (!text.includes(OPEN)) return text;
  const meet = meetingOf(lang);
  if (meet === null) return text.replace(MARKS, '');
  const [first, ...values] = text.split(OPEN);
  let out = first!;
  for (let value of values) {
    // Only the last few characters matter: a long text before a value is never scanned whole. A word meets a value across one space.
    const word = out.endsWith(' ') ? LAST_WORD.exec(out.slice(-8))?.[1] : undefined;
    const met = word ? meet(word, value) : null;
    if (met) {
      out = out.slice(0, out.length - word!.length - 1) + met[0];
      value = met[1];
    }
    out += value;
  }
  return out.replaceAll(CLOSE, '');
}
