/**
 * Who a passage names, and who it names as the one speaking: a person of the article by full
 * name, surname or given name ("Ana Lima", "Lima", "Ana") followed by a verb
 * of speech ("Lima a estimé", "Ana Lima, head of the office, said"), after one ("said Ana
 * Lima", "selon Lima"), or opening the sentence as its point of view ("Pour Ana Lima,
 * …"). A name part several people share ("Ana") names each of them. Pure.
 */
import { gapBefore, tokenize, type Lang, type Token } from './tokens.ts';
import { ATTRIBUTIONS, SPEECH_FILLERS, SPEECH_VERBS } from './vocabulary.ts';

export interface Named {
  /** Person ids whose name the text carries. */
  named: Set<string>;
  /** Person ids the text names as the one speaking, with the words that show it. */
  speaking: Map<string, string>;
}

/** The ways a person's name may be written: whole, and each part of three letters or more. */
function nameForms(name: string): string[][] {
  const parts = tokenize(name)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
  const forms = [parts, ...(parts.length > 1 ? parts.filter((p) => [...p].length >= 3).map((p) => [p]) : [])];
  return forms.filter((f) => f.length > 0);
}

/** Occurrences of people's names in the tokens: [start, end, person ids]. Longest form first. */
type People = readonly { id: string; name: string }[];
const indexes = new WeakMap<People, Map<string, { id: string; form: string[] }[]>>();

/** The name forms of `people` by their first word, longest first; built once per list of people. */
function nameIndex(people: People): Map<string, { id: string; form: string[] }[]> {
  let byFirst = indexes.get(people);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of people) {
      for (const form of nameForms(p.name)) byFirst.set(form[0]!, [...(byFirst.get(form[0]!) ?? []), { id: p.id, form }]);
    }
    for (const forms of byFirst.values()) forms.sort((a, b) => b.form.length - a.form.length);
    indexes.set(people, byFirst);
  }
  return byFirst;
}

function occurrences(text: string, t: readonly Token[], people: People): [number, number, Set<string>][] {
  const byFirst = nameIndex(people);
  const found: [number, number, Set<string>][] = [];
  for (let i = 0; i < t.length;) {
    let best: [number, number, Set<string>] | null = null;
    for (const { id, form } of byFirst.get(t[i]!.text) ?? []) {
      if (best && form.length < best[1] - i) break;
      const fits = form.every((word, k) => t[i + k]?.text === word && (k === 0 || gapBefore(text, t, i + k) === ' '));
      if (!fits) continue;
      if (best && form.length === best[1] - i) best[2].add(id);
      else best = [i, i + form.length, new Set([id])];
    }
    if (best) {
      found.push(best);
      i = best[1];
    } else i++;
  }
  return found;
}

const SENTENCE_START = new Set(['.', '!', '?', '"', ':', ';', '(', '«']);

/**
 * Who `text` names, and names as speaking, among `people`, read in `lang`. `tokens`, when the
 * caller has them, are the tokens of the part of `text` to read (offsets in `text`).
 */
export function namedIn(text: string, lang: Lang, people: People, tokens?: readonly Token[]): Named {
  const t = tokens ?? tokenize(text);
  const named = new Set<string>();
  const speaking = new Map<string, string>();
  const words = (from: number, to: number) => text.slice(t[from]!.start, t[Math.min(to, t.length) - 1]!.end);
  for (const [start, end, ids] of occurrences(text, t, people)) {
    for (const id of ids) named.add(id);
    let shown: string | null = null;
    // After the name: an apposition set off by commas, then auxiliaries and adverbs, then the verb.
    let k = end;
    if (t[k]?.text === ',') {
      let close = k + 1;
      while (close < t.length && close <= k + 25 && t[close]!.text !== ',' && t[close]!.text !== '.') close++;
      if (t[close]?.text === ',') k = close + 1;
    }
    for (let filler = SPEECH_FILLERS[lang].match(text, t, k); filler; filler = SPEECH_FILLERS[lang].match(text, t, k)) k = filler.end;
    const verb = SPEECH_VERBS[lang].match(text, t, k);
    if (verb) shown = words(start, verb.end);
    // Before the name: "said Ana Lima", "selon Lima"; "Pour Lima, …" only opening a sentence.
    for (let from = Math.max(0, start - 3); from < start && !shown; from++) {
      const before = ATTRIBUTIONS[lang].match(text, t, from);
      if (!before || before.end !== start) continue;
      const pointOfView = ['for', 'pour', 'para'].includes(t[from]!.key);
      if (pointOfView && !((from === 0 || SENTENCE_START.has(t[from - 1]!.text)) && t[end]?.text === ',')) continue;
      shown = words(from, end);
    }
    if (shown) for (const id of ids) if (!speaking.has(id)) speaking.set(id, shown);
  }
  return { named, speaking };
}

/** True when the text names the person `id` unambiguously: by a name form no other person of `people` shares. */
export function namesOnly(text: string, id: string, people: People): boolean {
  const t = tokenize(text);
  return occurrences(text, t, people).some(([, , ids]) => ids.size === 1 && ids.has(id));
}
