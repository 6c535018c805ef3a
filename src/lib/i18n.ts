/**
 * The site's own copy in each language: one catalogue per language (`content/i18n/<lang>.yaml`),
 * nested maps whose leaves are ICU MessageFormat strings ("{count, plural, one {# figure} other
 * {# figures}}"), formatted with FormatJS's `intl-messageformat`. The default language's
 * catalogue is the source: its keys are the schema, and every other catalogue must have every key
 * with the same placeholders (`catalogueIssues`). A catalogue marked `pending: true` may lack
 * keys: those read in the default language, and its pages say so (`edition.pending`, a key every
 * catalogue must have). Pure: catalogues come in as parsed YAML.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { contracts, joinValues, markValue } from './contractions.ts';
import { dateTimeFormat, numberFormat, pluralRules } from './intl.ts';
import { otherDigitIn } from './text-rules.ts';

/** Where the catalogues live: `content/i18n/<lang>.yaml`. */
export const I18N_FOLDER = 'content/i18n';

/** The catalogue file of `lang`. */
export const catalogueFile = (lang: string) => `${I18N_FOLDER}/${lang}.yaml`;

/** Top-level keys of a catalogue that are settings, not messages. */
const SETTINGS = ['pending', 'formatLocale'] as const;

/** The keys every catalogue must have, even a pending one. */
export const REQUIRED_KEYS = ['edition.name', 'edition.pending'] as const;

export type Values = Record<string, string | number>;

/** A message with markup (`<strong>…</strong>`, `<link>…</link>`), as nodes a component renders. */
export type RichNode = string | { tag: string; children: RichNode[] };

/** One language's copy, as every page and lib function receives it. */
export interface Messages {
  /** BCP 47 tag of the edition (`fr`): `<html lang>`, `hreflang`, JSON-LD `inLanguage`. */
  readonly lang: string;
  /** The locale numbers and dates are formatted in (`en-GB`, `fr`): the catalogue's `formatLocale`, else `lang`. */
  readonly locale: string;
  /** True when the catalogue is marked pending: some keys read in the default language. */
  readonly pending: boolean;
  /** The language our analysis and notes are written in (the default edition's): words of ours shown untranslated carry it as their `lang`. */
  readonly analysisLang: string;
  /** The message `key` with `values`; throws on a key the catalogues do not have. */
  t(key: string, values?: Values): string;
  /** The same, with its markup as nodes (tags as in the message: `strong`, `code`, `link`…). */
  rich(key: string, values?: Values): RichNode[];
  /** True when the catalogues have `key`. */
  has(key: string): boolean;
}

/** A catalogue read from its file: its messages by dotted key, and its settings. */
export interface Catalogue {
  lang: string;
  file: string;
  pending: boolean;
  formatLocale: string | null;
  messages: Map<string, string>;
}

export interface CatalogueIssue {
  file: string;
  field: string;
  message: string;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A catalogue from its parsed YAML: its messages flattened to dotted keys, or every problem (file → key). */
export function parseCatalogue(lang: string, file: string, data: unknown): { catalogue: Catalogue } | { issues: CatalogueIssue[] } {
  const issues: CatalogueIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ file, field, message });
  if (!isRecord(data)) return { issues: [{ file, field: '(root)', message: 'a catalogue is a map of message keys to messages' }] };
  const messages = new Map<string, string>();
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (!prefix && (SETTINGS as readonly string[]).includes(key)) continue;
      if (!KEY.test(key)) issue(path, 'a key is letters, digits, hyphens and underscores');
      else if (isRecord(value)) walk(value, path);
      else if (typeof value !== 'string') issue(path, 'a message is a string (quote it: numbers and yes/no are not read as text)');
      else {
        const problem = messageProblem(value, lang);
        if (problem) issue(path, problem);
        else messages.set(path, value.normalize('NFC'));
      }
    }
  };
  walk(data, '');
  if (data.pending !== undefined && typeof data.pending !== 'boolean') issue('pending', 'pending is true or false');
  if (data.formatLocale !== undefined && (typeof data.formatLocale !== 'string' || !isLocale(data.formatLocale)))
    issue('formatLocale', 'formatLocale is a BCP 47 locale the runtime formats numbers and dates in, e.g. "en-GB"');
  if (issues.length > 0) return { issues };
  return {
    catalogue: {
      lang,
      file,
      pending: data.pending === true,
      formatLocale: typeof data.formatLocale === 'string' ? data.formatLocale : null,
      messages,
    },
  };
}

function isLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length === 1;
  } catch {
    return false;
  }
}

/** Why a message cannot be used, or null. */
function messageProblem(message: string, lang: string): string | null {
  // ICU reads a straight apostrophe before { } # | as the start of quoted text: "d'{name}" would print "d{name}".
  if (message.includes("'")) return 'write the apostrophe as ’ (a straight \' quotes ICU syntax: "d\'{name}" would print "d{name}")';
  if (/[\n\r\t\u2028\u2029]/.test(message)) return 'a message is one line, without line breaks or tabs';
  const digit = otherDigitIn(message);
  if (digit) return digit;
  try {
    new IntlMessageFormat(message, lang);
  } catch (error) {
    return `not an ICU message: ${(error as Error).message}`;
  }
  return null;
}

/** Names of the placeholders and tags of a parsed message ("count", "<link>"). */
function namesOf(ast: unknown[]): Set<string> {
  const found = new Set<string>();
  const visit = (nodes: unknown[]) => {
    for (const node of nodes) {
      if (!isRecord(node)) continue;
      const type = node.type as number;
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag (intl-messageformat's TYPE).
      if (type >= 1 && type <= 6) found.add(String(node.value));
      if (type === 8) {
        found.add(`<${String(node.value)}>`);
        visit(node.children as unknown[]);
      }
      if (isRecord(node.options)) for (const option of Object.values(node.options)) if (isRecord(option)) visit(option.value as unknown[]);
    }
  };
  visit(ast);
  return found;
}

/**
 * The formatters messages use: numbers are grouped from four digits in every language, as
 * `formatNumber` groups them ("5.000" and "1.500 millones" beside "20.000" in Spanish, whose
 * default leaves four digits ungrouped).
 */
const FORMATTERS: Formatters = {
  // The library's options type allows values Intl's own type does not list yet; they are passed on as given.
  getNumberFormat: (locales, options) => numberFormat(locales, { ...(options as Intl.NumberFormatOptions), useGrouping: 'always' }),
  getDateTimeFormat: (locales, options) => dateTimeFormat(locales, options),
  getPluralRules: (locales, options) => pluralRules(locales, options),
};

/** The placeholders and tags of a message, sorted ("count", "<link>"), so two languages can be compared. */
export function placeholders(message: string, lang = 'en'): string[] {
  return [...namesOf(new IntlMessageFormat(message, lang).getAst() as unknown[])].sort();
}

/**
 * Problems of a set of catalogues against the source (the default language's): a language of
 * `locales` without its catalogue; a key the source lacks; a key or placeholder missing (a
 * pending catalogue may lack keys, never those of `REQUIRED_KEYS`).
 */
export function catalogueIssues(catalogues: Map<string, Catalogue>, locales: readonly string[], fileOf: (lang: string) => string): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const [first] = locales;
  const source = first === undefined ? undefined : catalogues.get(first);
  for (const lang of locales) {
    if (!catalogues.has(lang))
      issues.push({ file: fileOf(lang), field: '(file)', message: `missing: every language of site.yaml's locales needs its catalogue` });
  }
  if (!source) return issues;
  if (source.pending)
    issues.push({ file: source.file, field: 'pending', message: 'the default language’s catalogue is the source of every key: it cannot be pending' });
  for (const key of REQUIRED_KEYS)
    if (!source.messages.has(key)) issues.push({ file: source.file, field: key, message: 'missing: every catalogue needs this key' });
  for (const lang of locales.slice(1)) {
    const catalogue = catalogues.get(lang);
    if (!catalogue) continue;
    for (const [key, message] of source.messages) {
      const own = catalogue.messages.get(key);
      if (own === undefined) {
        if (!catalogue.pending || (REQUIRED_KEYS as readonly string[]).includes(key))
          issues.push({
            file: catalogue.file,
            field: key,
            message: (REQUIRED_KEYS as readonly string[]).includes(key)
              ? 'missing: every catalogue needs this key, pending or not'
              : `missing: translate “${message}” (or mark the catalogue pending: true to show the ${source.lang} copy meanwhile)`,
          });
        continue;
      }
      const want = placeholders(message, source.lang);
      const have = placeholders(own, lang);
      if (want.join(' ') !== have.join(' '))
        issues.push({
          file: catalogue.file,
          field: key,
          message: `has the placeholders ${have.length > 0 ? have.join(', ') : 'none'}; the ${source.lang} message has ${want.length > 0 ? want.join(', ') : 'none'}`,
        });
    }
    for (const key of catalogue.messages.keys()) {
      if (!source.messages.has(key)) issues.push({ file: catalogue.file, field: key, message: `not a key of ${source.file}: remove it or add it there first` });
    }
  }
  return issues;
}

/** One language's messages, falling back to `fallback` (the default language's) for the keys a pending catalogue lacks. */
export function createMessages(catalogue: Catalogue, fallback: Catalogue | null = null): Messages {
  const locale = catalogue.formatLocale ?? catalogue.lang;
  /** A message compiled once, with what each call needs of it: the locale it resolved to, its placeholders, whether it has markup. */
  interface Compiled {
    mf: IntlMessageFormat;
    locale: string;
    names: Set<string>;
    markup: boolean;
    /** True when its locale contracts words with values (`contracts`): only then are values marked. */
    joins: boolean;
    /** The message formatted without values, once asked for: it cannot change. */
    plain?: string;
  }
  const compiled = new Map<string, Compiled>();
  const format = (key: string): Compiled => {
    let c = compiled.get(key);
    if (!c) {
      const own = catalogue.messages.get(key);
      const message = own ?? fallback?.messages.get(key);
      if (message === undefined) throw new Error(`${catalogue.file}: no message "${key}"`);
      const mf = new IntlMessageFormat(message, own === undefined ? (fallback!.formatLocale ?? fallback!.lang) : locale, undefined, { formatters: FORMATTERS });
      const names = namesOf(mf.getAst() as unknown[]);
      const resolved = mf.resolvedOptions().locale;
      c = { mf, locale: resolved, names, markup: [...names].some((name) => name.startsWith('<')), joins: contracts(resolved) };
      compiled.set(key, c);
    }
    return c;
  };
  // Text values are marked where they are filled in, so the words before them contract with them ("d’Alejandro").
  const marked = (values: Values | undefined): Values | undefined => {
    if (!values) return values;
    const out: Values = {};
    for (const name of Object.keys(values)) {
      const value = values[name]!;
      out[name] = typeof value === 'string' ? markValue(value) : value;
    }
    return out;
  };
  const check = (key: string, values: Values | undefined, c: Compiled) => {
    // A value the message does not use is a mistake of the caller's: the copy would silently drop it.
    for (const name of Object.keys(values ?? {})) {
      if (!c.names.has(name)) throw new Error(`${catalogue.file}: message "${key}" has no placeholder {${name}}`);
    }
  };
  return {
    lang: catalogue.lang,
    locale,
    pending: catalogue.pending,
    analysisLang: fallback?.lang ?? catalogue.lang,
    t(key, values) {
      const c = format(key);
      check(key, values, c);
      if (c.markup) throw new Error(`${catalogue.file}: message "${key}" has markup: use rich()`);
      if (values === undefined) return (c.plain ??= joinValues(c.mf.format() as string, c.locale));
      if (!c.joins) return c.mf.format(values) as string;
      return joinValues(c.mf.format(marked(values)) as string, c.locale);
    },
    rich(key, values) {
      const c = format(key);
      check(key, values, c);
      const tags: Record<string, (children: RichNode[]) => RichNode> = {};
      for (const name of c.names) if (name.startsWith('<')) tags[name.slice(1, -1)] = (children) => ({ tag: name.slice(1, -1), children: [children].flat() });
      const out = c.mf.format<RichNode>({ ...marked(values), ...tags });
      const joined = (nodes: RichNode[]): RichNode[] =>
        nodes.map((n) => (typeof n === 'string' ? joinValues(n, c.locale) : { tag: n.tag, children: joined(n.children) }));
      return joined(mergeText([out].flat() as RichNode[]));
    },
    has: (key) => catalogue.messages.has(key) || (fallback?.messages.has(key) ?? false),
  };
}

/** Adjacent strings joined, so a node list reads as the message does. */
function mergeText(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(typeof node === 'string' ? node : { tag: node.tag, children: mergeText(node.children) });
  }
  return out;
}

/** The text of rich nodes, markup dropped (for an attribute or a plain-text surface). */
export function plainText(nodes: RichNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : plainText(n.children))).join('');
}

/** The `lang` of words of ours shown untranslated in `m`'s edition (an earlier wording in a page's history): the analysis's language, or undefined where it is the edition's. */
export const untranslatedLang = (m: Pick<Messages, 'lang' | 'analysisLang'>): string | undefined =>
  sameLanguage(m.analysisLang, m.lang) ? undefined : m.analysisLang;

/** True when two BCP 47 tags name the same language (`fr` and `fr-CA`): a text in one needs no gloss in the other. */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b and c" as `locale` writes a list ("a, b et c", "a, b y c"). */
export function listText(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * Every edition's messages from the catalogues of `locales` (the first is the default and the
 * fallback of a pending catalogue), or every problem, file → key.
 */
export function editionMessages(
  parsed: Map<string, { catalogue: Catalogue } | { issues: CatalogueIssue[] }>,
  locales: readonly string[],
): { messages: Map<string, Messages>; catalogues: Map<string, Catalogue> } | { issues: CatalogueIssue[] } {
  const issues: CatalogueIssue[] = [];
  const catalogues = new Map<string, Catalogue>();
  for (const [lang, result] of parsed) {
    if ('issues' in result) issues.push(...result.issues);
    else catalogues.set(lang, result.catalogue);
  }
  // A catalogue that could not be read is named by its own issues, not again as missing.
  const unread = new Set(locales.filter((l) => parsed.has(l) && !catalogues.has(l)).map(catalogueFile));
  issues.push(...catalogueIssues(catalogues, locales, catalogueFile).filter((i) => !(i.field === '(file)' && unread.has(i.file))));
  if (issues.length > 0) return { issues };
  const source = catalogues.get(locales[0]!)!;
  return {
    messages: new Map(locales.map((lang) => [lang, createMessages(catalogues.get(lang)!, lang === source.lang ? null : source)])),
    catalogues,
  };
}

export interface SiteTexts {
  file: string;
  /** Key → message. */
  texts: [string, string][];
}

/** The catalogue's own words about the site (`site.*`: its name, description, keywords), as the prose checks read them: file → key. */
export function siteTexts(catalogue: Catalogue): SiteTexts {
  return { file: catalogue.file, texts: [...catalogue.messages].filter(([key]) => key.startsWith('site.')) };
}

/**
 * The catalogue's words the site shows as written: its own words about the site (`site.*`) and
 * every message without placeholders (the card's tagline, headings, notes), as the prose check
 * holds them to no number or date: file → key.
 */
export function plainMessages(catalogue: Catalogue): SiteTexts {
  return { file: catalogue.file, texts: [...catalogue.messages].filter(([key, message]) => key.startsWith('site.') || !message.includes('{')) };
}
