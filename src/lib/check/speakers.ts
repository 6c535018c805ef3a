/**
 * Who a passage names, and who it names as the one speaking: a person of the article by full
 * name, surname or given name ("Ana Lima", "Lima", "Ana") followed by a verb
 * of speech ("Lima a estimé", "Ana Lima, head of the office, said"), after one ("said Ana
 * Lima", "selon Lima"), or opening the sentence as its point of view ("Pour Ana Lima,
 * …"). A name part several people share ("Ana") names each of them. Pure.
 */
import type { Article } from '../../schemas/article.ts';
import { absoluteValue } from '../money.ts';
import { figuresAt } from './mentions.ts';
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

/**
 * Who may be named beside a figure in a field that rests on `facts` ("riverside-lab/streamco-share"):
 * `people`, every person of the compared `articles` (ids "article/person"), and `stated`, the value
 * of each amount of `facts` with the person who states it (`statedBy`; a claim's `claimant`, for the
 * amounts it covers).
 */
export interface FigureSpeakers {
  people: { id: string; name: string }[];
  stated: { id: string; value: number }[];
}

export function figureSpeakers(articles: readonly (readonly [string, Article])[], facts: readonly string[]): FigureSpeakers {
  const people = articles.flatMap(([a, article]) => article.people.map((p) => ({ id: `${a}/${p.id}`, name: p.name })));
  const stated: FigureSpeakers['stated'] = [];
  for (const key of facts) {
    const [a, id] = key.split('/') as [string, string];
    const article = articles.find(([name]) => name === a)?.[1];
    if (!article) continue;
    const amount = article.amounts.find((x) => x.id === id);
    if (amount) stated.push({ id: `${a}/${amount.statedBy}`, value: absoluteValue(amount) });
    const claim = article.claims.find((c) => c.id === id);
    for (const covered of claim?.covers ?? []) {
      const x = article.amounts.find((y) => y.id === covered);
      if (x) stated.push({ id: `${a}/${claim!.claimant}`, value: absoluteValue(x) });
    }
  }
  return { people, stated };
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/**
 * Why `text` (read in `lang`) names a person beside a figure that person does not state, or null:
 * each person named is set beside the nearest figure of their sentence (the one before on a tie:
 * "15 companies (Ana Lima)"), and must be the one who states a fact with that value
 * (`speakers.stated`), so "Lima: about 2m reais" passes where Ana Lima states it, and "Roberts: about 2m reais" does not.
 */
export function speakerDrift(input: string, lang: Lang, speakers: FigureSpeakers): string | null {
  const { text, tokens: t, figures } = figuresAt(input, lang);
  const sentence = (k: number) => t.slice(0, k).filter((x) => SENTENCE_END.has(x.text)).length;
  for (const [start, end, ids] of occurrences(text, t, speakers.people)) {
    let best: { words: string; value: number; distance: number } | null = null;
    for (const f of figures) {
      if (f.kind !== 'figure' || sentence(f.at) !== sentence(start)) continue;
      const distance = f.end <= start ? start - f.end : f.at >= end ? f.at - end + 0.5 : 0;
      if (!best || distance < best.distance) best = { words: f.words, value: f.value, distance };
    }
    if (!best) continue;
    const value = best.value;
    const states = speakers.stated.some((s) => ids.has(s.id) && Math.abs(s.value - value) <= 1e-9 * Math.max(1, Math.abs(value)));
    if (!states)
      return `names “${text.slice(t[start]!.start, t[end - 1]!.end)}” beside “${best.words}”, which no fact this rests on gives as theirs: a person named beside a figure is the one who states it (the fact’s statedBy)`;
  }
  return null;
}
