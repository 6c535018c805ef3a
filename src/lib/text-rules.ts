/**
 * Rules for untrusted text and values, shared by the schemas and the body check: characters a
 * reader cannot see, URLs, language tags, years, and the closest known key for a misspelt one.
 * Pure; every function returns the reason a value is refused, or null.
 */

/** Bidi embeddings, overrides and isolates: they reorder what is displayed ("15" shows as "51"). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * Code points that are not text: lone surrogates, noncharacters (U+FFFE, U+FFFF… which XML
 * forbids, so one would make the feed invalid), private-use characters (no font agrees on them)
 * and unassigned ones.
 */
const NOT_TEXT = /[\p{Cs}\p{Co}\p{Cn}]/u;
/** C0 and C1 control characters and DEL, except tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u; // eslint-disable-line no-control-regex -- finding control characters is the point
/**
 * Characters that show as a blank or as nothing and are not whitespace or default-ignorable: the
 * braille blank, the object and the replacement characters, the Ogham space mark (drawn as a
 * dash by some fonts, a space by others).
 */
const BLANKS = /[\u2800\uFFFC\uFFFD\u1680]/u;
/**
 * Default-ignorable code points (Unicode's property for "shown as nothing": zero-width spaces and
 * joiners, the combining grapheme joiner, soft hyphen, tag and variation characters, Hangul
 * fillers, invisible operators…). A body may need the joiners and direction marks of `MARKS`,
 * and an emoji its variation selector.
 */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
/**
 * Format characters (Unicode category Cf) that are not default-ignorable, and the line and
 * paragraph separators: interlinear annotation marks (U+FFF9–U+FFFB), prepended number signs
 * (U+0600…), hieroglyph format controls (U+13430…). They show as nothing, or as a mark drawn
 * over their neighbours, and one between two digits ("2" + U+FFF9 + "50") splits the number
 * the check reads while a reader sees one.
 */
const FORMAT = /[\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Direction marks and joiners: invisible too; legitimate inside a body in some scripts, never in a fact. */
const MARKS = /[\u200C-\u200F\u061C]/u;
const VARIATION = /[\uFE0E\uFE0F]/u;
/** What an emoji's variation selector follows: a pictograph, or a keycap's digit, "#" or "*". */
const EMOJI_BASE = /[\p{Extended_Pictographic}#*0-9]$/u;
/**
 * Text with nothing hidden in it, by construction: printable ASCII, tabs and line breaks, the
 * Latin letters, signs and no-break space of U+00A0–U+024F (but the soft hyphen), and the dashes,
 * quotes, bullets and ellipsis of U+2010–U+2027 and the euro sign. Most report text is only
 * this, so it needs no scan by property.
 */
const PLAIN_TEXT = /^[\t\n\r\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u20ac]*$/;
const ANY_MARK = /\p{M}/u;
const MARK = /\p{M}/gu;
/** Scripts whose every accent NFC composes: a combining mark left after one of their letters is an overlay ("2̶5̶0"). */
const COMPOSED_SCRIPTS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const refusal = (text: string, at: number, ch: string, what: string) => {
  const context = text.slice(Math.max(0, at - 20), at).replace(/\s+/g, ' ');
  return `contains ${what} (${codePoint(ch)}) after "${context}": delete it; if the report truly holds it, leave it out here and say so in source.notes`;
};

/** The first default-ignorable code point a text may not hold, with its index; `strict` (a fact) allows none. */
function ignorable(text: string, strict: boolean): { at: number; ch: string } | null {
  for (const m of text.matchAll(IGNORABLE)) {
    const ch = m[0];
    if (!strict && MARKS.test(ch)) continue;
    // "❤️", "1️⃣": the variation selector of an emoji (and the joiner of a sequence, in a body).
    if (VARIATION.test(ch) && EMOJI_BASE.test(text.slice(0, m.index))) continue;
    return { at: m.index, ch };
  }
  return null;
}

/**
 * The first combining mark that does not belong: one that follows no letter (a mark after a
 * digit, a space or punctuation draws over it: "2̶50"), or one that NFC leaves after a Latin,
 * Greek or Cyrillic letter (composition gives every accent of those scripts its own character,
 * so what remains is an overlay or a stack). A keycap's mark after an emoji is text.
 */
function strayMark(text: string): { at: number; ch: string } | null {
  // NFC neither makes marks nor moves them onto other bases: a text without marks has no stray one.
  if (!ANY_MARK.test(text)) return null;
  const nfc = text.normalize('NFC');
  for (const m of nfc.matchAll(MARK)) {
    const ch = m[0];
    if (VARIATION.test(ch)) continue;
    // The character the mark sits on: the nearest one before it that is not a mark.
    let k = m.index;
    let base = '';
    let previous = '';
    while (k > 0) {
      const size = k > 1 && /[\uDC00-\uDFFF]/.test(nfc[k - 1]!) && /[\uD800-\uDBFF]/.test(nfc[k - 2]!) ? 2 : 1;
      const before = nfc.slice(k - size, k);
      previous ||= before;
      k -= size;
      if (!ANY_MARK.test(before)) {
        base = before;
        break;
      }
    }
    if (ch === '\u20E3' && (previous === '\uFE0F' || /^[#*0-9]$/.test(previous))) continue;
    if (!/\p{L}/u.test(base) || COMPOSED_SCRIPTS.test(base)) return { at: m.index, ch };
  }
  return null;
}

/**
 * Why a text is refused for a character a reader cannot see or would misread, naming the code
 * point, or null. `strict` (facts) also refuses the joiners and direction marks a body may need.
 */
export function hiddenCharacterIn(text: string, strict = true): string | null {
  if (PLAIN_TEXT.test(text)) return null;
  for (const [pattern, what] of [
    [BIDI, 'a bidi control character, which reorders what is displayed'],
    [CONTROL, 'a control character'],
    [NOT_TEXT, 'a code point that is not text (lone surrogate, noncharacter, private use or unassigned)'],
    [BLANKS, 'a character that shows as a blank or a mark but is not one'],
  ] as const) {
    const found = pattern.exec(text);
    if (found) return refusal(text, found.index, found[0], what);
  }
  const hidden = ignorable(text, strict);
  if (hidden) return refusal(text, hidden.at, hidden.ch, strict && MARKS.test(hidden.ch) ? 'an invisible direction mark or joiner' : 'an invisible character');
  for (const m of text.matchAll(FORMAT)) {
    if (!strict && MARKS.test(m[0])) continue;
    return refusal(text, m.index, m[0], strict && MARKS.test(m[0]) ? 'an invisible direction mark or joiner' : 'an invisible format or separator character');
  }
  const mark = strayMark(text);
  if (mark)
    return refusal(text.normalize('NFC'), mark.at, mark.ch, 'a combining mark that does not follow a letter it accents (it draws over what is before it)');
  return null;
}

/** A decimal digit other than ASCII 0–9 (fullwidth "３", Arabic-Indic "٣", Devanagari "३"…), or a number letter ("Ⅻ"). */
const OTHER_DIGIT = /(?![0-9])[\p{Nd}\p{Nl}]/u;

/**
 * Why a text is refused for a digit other than 0–9, naming it, or null: a reader sees a number
 * ("３０m") that the check, which reads the digits 0–9, does not.
 */
export function otherDigitIn(text: string): string | null {
  const found = OTHER_DIGIT.exec(text);
  return found
    ? `contains the digit “${found[0]}” (${codePoint(found[0])}), which the check does not read as a number: write numbers with the digits 0–9`
    : null;
}

/** The scripts whose letters look alike ("а" Cyrillic, "a" Latin, "ο" Greek). */
const LOOKALIKE_SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const;

/**
 * Why a text is refused for a word that mixes Latin, Cyrillic or Greek letters ("Vаndoorne" with
 * a Cyrillic "а"), naming the letter and its script, or null: a reader sees one word, the check
 * another (Unicode's "single script" rule, UTS #39). A whole word in one script is text.
 */
export function mixedScriptIn(text: string): string | null {
  if (PLAIN_TEXT.test(text)) return null;
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    const letters = [...m[0]].map((ch) => ({ ch, script: LOOKALIKE_SCRIPTS.find(([, re]) => re.test(ch))?.[0] }));
    const counts = new Map<string, number>();
    for (const { script } of letters) if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
    if (counts.size < 2) continue;
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const odd = letters.find((l) => l.script && l.script !== main)!;
    return `writes “${m[0]}” with the ${odd.script} letter “${odd.ch}” (${codePoint(odd.ch)}) among ${main} letters, which looks the same and reads as another word: write the word in one script`;
  }
  return null;
}

/**
 * Characters that look like a quotation mark but are none the check reads: the spacing modifier
 * letters and accents (U+02B0–U+02FF: ʻ ʼ ˵ ˶ ˊ ˋ…), the acute and diaeresis accents (´ ¨), the
 * Latin modifier tone letters and saltillo (U+A788–U+A78C: ꞌ) and the dingbat quotation
 * ornaments ❛ ❜ ❟ ❠. The marks the check reads as quotation marks (quotedRanges in
 * evidence-values.ts): ' " ` and every character of Unicode's Quotation_Mark, Pi and Pf, the
 * primes, ❝ ❞ 🙶 🙷 🙸, and ʺ ˝ ˮ (kept: the check pairs them).
 */
const LOOKALIKE_QUOTE = /[[\u00A8\u00B4\u02B0-\u02FF\uA788-\uA78C\u275B\u275C\u275F\u2760]--[ʺ˝ˮ]]/v;
/** ʼ and ʻ are letters in some languages (Hawaiʻi): between two letters they are no mark. */
const LETTER_QUOTE = /(?<=\p{L})[ʼʻ](?=\p{L})/gu;

/**
 * Why a text of ours is refused for a character that looks like a quotation mark the check does
 * not read as one (ʻ…ʼ, ˵…˶, ´´…´´, ꞌꞌ…ꞌꞌ, ❠…❞), or for ",," (a low quotation mark in plain
 * ASCII), naming the character, or null: words shown in such marks would pass as a quotation
 * the check never holds to the report.
 */
export function lookalikeQuoteIn(text: string): string | null {
  if (text.includes(',,')) return 'contains “,,”, which a reader takes for an opening quotation mark: write “…” or « »';
  if (PLAIN_TEXT.test(text) && !/[\u00A8\u00B4]/.test(text)) return null;
  const found = LOOKALIKE_QUOTE.exec(text.replace(LETTER_QUOTE, 'x'));
  return found
    ? `contains “${found[0]}” (${codePoint(found[0])}), which looks like a quotation mark but is none the check reads: write “…” or « » (or no mark)`
    : null;
}

/** Longest word a card or a narrow column can show; longer runs without a space cannot wrap. */
export const MAX_WORD_LENGTH = 40;

/** Where a word may break on a card: spaces, hyphens and dashes, slashes. */
const BREAK = /[\s\-‐–—/]+/u;

/** Why a display text is refused for an unbreakable word, or null. */
export function overlongWord(text: string): string | null {
  // Most texts: no piece between breaks longer than the limit (in UTF-16 units, never fewer than code points).
  if (!text.split(BREAK).some((piece) => piece.length > MAX_WORD_LENGTH)) return null;
  // Addresses are exempt: they appear in notes, never on cards, and pages break them anywhere.
  const word = text
    .split(/\s+/u)
    .filter((w) => !/^https?:\/\//.test(w))
    .flatMap((w) => w.split(/[-‐–—/]+/u))
    .find((w) => [...w].length > MAX_WORD_LENGTH);
  return word
    ? `has a word of ${[...word].length} characters ("${word.slice(0, 24)}…"); at most ${MAX_WORD_LENGTH} fit a card or a phone column: add spaces or hyphens`
    : null;
}

/** Years a report's dates may carry: four digits, from the first films to a plausible horizon. */
export const YEAR_RANGE = { min: 1800, max: 2100 } as const;

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Why a URL is refused (not absolute http(s), credentials, malformed host, hidden characters), or null. */
export function webUrlProblem(input: string): string | null {
  if (/\s/u.test(input) || hiddenCharacterIn(input) !== null) {
    return 'must be an absolute http(s) URL without spaces, control, bidi or invisible characters';
  }
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an absolute http(s) URL (not ${url.protocol})`;
  // The parser also reads "https:host" and "https:\\host" as https://host/: write what is meant.
  if (!/^https?:\/\/[^/\\]/i.test(input)) return 'must be an absolute http(s) URL, written in full ("https://host/…")';
  if (url.username || url.password) return 'must be an absolute http(s) URL without credentials (user:password@)';
  const host = url.hostname;
  const ip = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
  if (!ip && (!host.includes('.') || !host.split('.').every((label) => HOST_LABEL.test(label)))) {
    return `must be an absolute http(s) URL with a valid host name (not "${host}")`;
  }
  return null;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** `languageTagProblem` by tag: a body and the schemas ask about the same few tags again and again, and ICU's answers are dear. */
const tagProblems = new Map<string, string | null>();

/** Why a BCP 47 language tag is refused (malformed, not canonical, or a language no one can name), or null. */
export function languageTagProblem(tag: string): string | null {
  let problem = tagProblems.get(tag);
  if (problem === undefined) tagProblems.set(tag, (problem = tagProblemOf(tag)));
  return problem;
}

function tagProblemOf(tag: string): string | null {
  const invalid = `must be a BCP 47 language tag such as "fr" or "es-MX" (not "${tag}")`;
  let canonical: string;
  try {
    // The primary language is an ISO 639 code (2 or 3 letters); ICU alone also accepts 5-8 letters.
    if (!/^[a-zA-Z]{2,3}(?:-|$)/.test(tag)) return invalid;
    [canonical = ''] = Intl.getCanonicalLocales(tag);
  } catch {
    return invalid;
  }
  if (canonical !== tag) return `must be a BCP 47 language tag in canonical form: write "${canonical}" (not "${tag}")`;
  // Extensions and private use (`-u-…`, `-t-…`, `-x-…`) say nothing a reader needs, and ICU's
  // display names throw on some of them: language, script and region only.
  if (/-[a-z0-9]-/i.test(`${tag}-`))
    return `must be a BCP 47 language tag without extensions or private use: write "${tag.split(/-[a-z0-9]-/i)[0]}" (not "${tag}")`;
  let name: string | undefined;
  try {
    name = languageNames.of(tag);
  } catch {
    name = undefined;
  }
  if (name === undefined || name === tag) return `must be a BCP 47 language tag of a known language (not "${tag}")`;
  return null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known key a misspelt one most likely means (case, plural, typos), or null when none is close. */
export function closestKey(key: string, known: readonly string[]): string | null {
  const lower = key.toLowerCase();
  let best: { key: string; score: number } | null = null;
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    const score = c.startsWith(lower) || lower.startsWith(c) ? Math.abs(c.length - lower.length) * 0.5 : distance(lower, c);
    if (!best || score < best.score) best = { key: candidate, score };
  }
  return best && best.score <= Math.max(2, Math.floor(key.length / 3)) ? best.key : null;
}

/** The message for keys a schema does not know, with the closest known key for each. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const near = closestKey(key, known);
      return `unknown field "${key}"${near ? `: did you mean "${near}"?` : ` (known fields: ${known.join(', ')})`}`;
    })
    .join('; ');
}
