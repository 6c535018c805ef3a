/**
 * The catalogue's figure labels say what the data says: each edition renders every hedge, unit,
 * scale, period and rate of a figure with its catalogue's words (`hedge.*`, `unit.*`, `scale.*`,
 * `period.*`, `rate.text*`), so one label rewritten ("million" → "billion", "about" → "exactly")
 * would change every figure of that edition. Each label is rendered once with a probe value and
 * read back with its language's vocabulary (mentions.ts, periods.ts), and must give its own key:
 *
 * - `hedge.K` before a number reads as hedge K;
 * - `unit.K` (count 2) after a number reads as 2 of unit K;
 * - `scale.K` (count 3) reads as 3 × K;
 * - `period.K` reads as period K (`period.unspecified` as none);
 * - `rate.text` (base EUR, value 20.5, quote MXN) reads "1 EUR" before the value and MXN after it,
 *   unhedged; `rate.textApproximate` the same with the hedge "about";
 * - `scope.*` are our words for what a figure covers: they name no place, institution, person or
 *   initiative of the content (a scope is a kind, "national", never a place).
 *
 * Pure: works on a parsed catalogue and the content's names; errors name file → key.
 */
import type { Article } from '../../schemas/article.ts';
import { createMessages, type Catalogue, type CatalogueIssue } from '../i18n.ts';
import { figuresIn, type Figure } from './mentions.ts';
import { englishNumber } from './numbers.ts';
import { periodOf, periodsIn } from './periods.ts';
import { langOf, tokenize } from './tokens.ts';

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The probe a rate label is rendered with: 1 EUR = 20.5 MXN. */
const RATE = { base: 'EUR', quote: 'MXN', value: 20.5 };

/** Every figure label of `catalogue` that does not read back as its key; `names` are the content's names of places, institutions, people and initiatives. */
export function figureLabelIssues(catalogue: Catalogue, names: readonly string[]): CatalogueIssue[] {
  const lang = langOf(catalogue.lang);
  if (!lang) return [];
  const m = createMessages(catalogue);
  const issues: CatalogueIssue[] = [];
  const issue = (key: string, message: string) => issues.push({ file: catalogue.file, field: key, message });
  const figures = (text: string) => figuresIn(text, lang).filter((f): f is Figure => f.kind === 'figure');
  const render = (key: string, values?: Record<string, string | number>): string | null => {
    try {
      return m.t(key, values);
    } catch (error) {
      issue(key, `cannot be rendered as a figure label: ${(error as Error).message}`);
      return null;
    }
  };
  const rule = 'a figure label renders every figure of its edition, so it says exactly what its key says';
  const nameKeys = names
    .map((name) =>
      tokenize(name)
        .map((t) => t.key)
        .join(' '),
    )
    .filter(Boolean);
  for (const key of catalogue.messages.keys()) {
    const [group, sub] = key.split('.') as [string, string | undefined];
    if (!sub) continue;
    if (group === 'hedge') {
      const text = render(key);
      if (text === null) continue;
      const read = figures(`${text} 7`);
      if (read.length !== 1 || read[0]!.value !== 7 || read[0]!.hedge !== sub)
        issue(key, `“${text} 7” reads as ${read.map((f) => f.hedge ?? 'no hedge').join(', ') || 'no figure'}, not the hedge ${sub}: ${rule}`);
    } else if (group === 'unit') {
      const text = render(key, { count: 2 });
      if (text === null) continue;
      const read = figures(`2 ${text}`);
      if (read.length !== 1 || read[0]!.value !== 2 || read[0]!.unit !== sub)
        issue(
          key,
          `“2 ${text}” reads as ${read.map((f) => `${englishNumber(f.value)} ${f.unit ?? 'of no unit'}`).join(', ') || 'no figure'}, not 2 ${sub}: ${rule}`,
        );
    } else if (group === 'scale' && sub in SCALES) {
      const text = render(key, { count: 3 });
      if (text === null) continue;
      const read = figures(text);
      if (read.length !== 1 || read[0]!.value !== 3 * SCALES[sub]!)
        issue(
          key,
          `with the count 3, “${text}” reads as ${read.map((f) => englishNumber(f.value)).join(', ') || 'no figure'}, not ${englishNumber(3 * SCALES[sub]!)}: ${rule}`,
        );
    } else if (group === 'period' && sub !== 'withWords') {
      const text = render(key);
      if (text === null) continue;
      const ok = sub === 'unspecified' ? periodsIn(text, lang).size === 0 : periodOf(text, lang) === sub;
      if (!ok) {
        const read = [...periodsIn(text, lang)];
        issue(key, `“${text}” reads as ${read.join(', ') || 'no period'}, not ${sub === 'unspecified' ? 'no period' : `the period ${sub}`}: ${rule}`);
      }
    } else if (key === 'rate.text' || key === 'rate.textApproximate') {
      const value = new Intl.NumberFormat(m.locale, { maximumFractionDigits: 2 }).format(RATE.value);
      const text = render(key, { base: RATE.base, quote: RATE.quote, value });
      if (text === null) continue;
      const read = figures(text);
      const hedge = key === 'rate.textApproximate' ? 'about' : null;
      const [one, rate] = read;
      const ok =
        read.length === 2 &&
        one!.value === 1 &&
        one!.currency?.length === 1 &&
        one!.currency[0] === RATE.base &&
        Math.abs(rate!.value - RATE.value) < 1e-9 &&
        rate!.currency?.length === 1 &&
        rate!.currency[0] === RATE.quote &&
        rate!.hedge === hedge;
      if (!ok)
        issue(
          key,
          `with base ${RATE.base}, value ${value} and quote ${RATE.quote}, “${text}” does not read as “1 ${RATE.base}” then ${hedge ? 'about ' : ''}${value} ${RATE.quote}: ${rule}`,
        );
    } else if (group === 'scope') {
      const text = render(key);
      if (text === null) continue;
      const words = ` ${tokenize(text)
        .map((t) => t.key)
        .join(' ')} `;
      const named = names.filter((_, i) => nameKeys[i] && words.includes(` ${nameKeys[i]} `));
      if (named.length > 0)
        issue(key, `names ${named.map((n) => `“${n}”`).join(', ')}: a scope is a kind of coverage (“national”), never a place or organisation of the content`);
    }
  }
  return issues;
}

/** The names the content gives: its initiatives, institutions (with their glosses and aliases), people and places. */
export function contentNames(articles: Iterable<Article>): string[] {
  const names = new Set<string>();
  for (const a of articles) {
    names.add(a.initiative.name);
    for (const x of a.institutions) for (const name of [x.name, x.nameGloss, ...x.aliases]) if (name) names.add(name);
    for (const x of a.people) names.add(x.name);
    for (const x of a.locations) names.add(x.name);
  }
  return [...names];
}
