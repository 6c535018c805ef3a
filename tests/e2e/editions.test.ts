/**
 * The editions, over every built page without a browser: each page of the default edition
 * exists in every other edition with its `<html lang>`, its `hreflang` alternates (every edition
 * and `x-default`), a canonical address of its own and a switcher to the same page elsewhere;
 * the figures a translated page shows are the English page's (the numbers read in each
 * language); report passages keep their language, their `lang` and their words; each edition has
 * its RSS feed and JSON-LD in its language, and the sitemap lists the alternates.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, editionsOf, fileOfPath, splitEdition } from './pages.ts';
import { canonicalOf, contentRoot, distDir, jsonLdOf, siteUrl } from './seo-helpers.ts';
import { startTags } from './markup.ts';
import { readEditions } from '../../src/build/i18n-files.ts';
import { readSiteCopy } from '../../src/build/site-file.ts';

const { defaultLang, others } = editionsOf(distDir);
const langs = [defaultLang, ...others];
const defaultPages = builtPages(distDir).filter((p) => p !== '404' && splitEdition(p, others).edition === null);
const inEdition = (route: string, lang: string) => (lang === defaultLang ? route : `${lang}/${route}`);

const parsed = new Map<string, Root>();
const tree = (p: string): Root => {
  if (!parsed.has(p)) parsed.set(p, fromHtml(readFileSync(fileOfPath(distDir, p), 'utf8')));
  return parsed.get(p)!;
};
const all = (node: Nodes, keep: (e: Element) => boolean, found: Element[] = []): Element[] => {
  if (node.type === 'element' && keep(node)) found.push(node);
  if ('children' in node) for (const child of node.children) all(child as Nodes, keep, found);
  return found;
};
const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '');
const classes = (e: Element): string[] => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);

/**
 * The numbers of a text, as values: "≈ 140,000 EUR" (English), "≈ 140 000 EUR" (French),
 * "≈ 140.000 EUR" (Spanish) read as the same numbers, and so do "1.5 billion", "1,5 milliard"
 * and "1.500 millones".
 */
function numbersIn(text: string, lang: string): number[] {
  const group = lang === defaultLang ? /,(?=\d{3}\b)/g : /[\s\u00a0\u202f.](?=\d{3}\b)/g;
  const decimal = lang === defaultLang ? '.' : ',';
  const plain = text.replace(group, '');
  // A scale word multiplies its number, as each language writes it ("2 billion", "2 milliards", "2000 millones").
  const scale = /^[\s\u00a0\u202f]*(mil millones|billions?|milliards?|millions?|millones|millón|thousand|mille|mil)\b/i;
  const words: Record<string, number> = {
    billion: 1e9,
    milliard: 1e9,
    'mil millones': 1e9,
    million: 1e6,
    millones: 1e6,
    millón: 1e6,
    thousand: 1e3,
    mille: 1e3,
    mil: 1e3,
  };
  return [...plain.matchAll(new RegExp(`\\d+(?:\\${decimal}\\d+)?`, 'g'))].map((m) => {
    const word = scale
      .exec(plain.slice(m.index + m[0].length))?.[1]
      ?.toLowerCase()
      .replace(/s$/, '');
    const value = Number(m[0].replace(decimal, '.'));
    return word ? Math.round(value * (words[word] ?? words[`${word}s`]!)) : value;
  });
}

/** The figures and dates a page shows, by where they point: key figures, the money table's figures, each fact's title on an article page. */
function figuresOf(p: string): Map<string, string> {
  const found = new Map<string, string>();
  const root = tree(p);
  // A figure links to its passage on the article page of its own edition: keyed by the fact.
  for (const a of all(root, (e) => e.tagName === 'a' && classes(e).includes('figure')))
    found.set(`table ${String(a.properties.href).split('/').slice(-2).join('/')}`, textOf(a));
  // Money and dates as we write them (a claim's title is our analysis, in its own words).
  const sections = all(root, (e) => e.tagName === 'section' && ['facts-amounts', 'facts-dates'].includes(String(e.properties.ariaLabelledBy ?? '')));
  for (const li of sections.flatMap((sec) => all(sec, (e) => e.tagName === 'li' && classes(e).includes('fact')))) {
    const title = all(li, (e) => classes(e).includes('fact-title'))[0];
    if (title) found.set(`fact ${String(li.properties.id)}`, textOf(title));
  }
  const keys = all(root, (e) => classes(e).includes('key-big'));
  keys.forEach((k, i) => found.set(`key ${i}`, textOf(k)));
  return found;
}

describe('every page in every edition', () => {
  it('the build has more than one edition', () => {
    expect(others.length).toBeGreaterThan(0);
    expect(defaultPages.length).toBeGreaterThan(3);
  });

  describe.each(defaultPages.flatMap((route) => langs.map((lang) => [inEdition(route, lang), route, lang] as const)))('/%s', (p, route, lang) => {
    it('exists, in its language, with the alternates of every edition, its own canonical address and a switcher to the same page', () => {
      expect(existsSync(fileOfPath(distDir, p))).toBe(true);
      const html = readFileSync(fileOfPath(distDir, p), 'utf8');
      const tags = startTags(html);
      expect(tags.find((t) => t.name === 'html')?.attrs.get('lang')).toBe(lang);
      const alternates = new Map(
        tags
          .filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang'))
          .map((t) => [t.attrs.get('hreflang')!, t.attrs.get('href')!]),
      );
      expect(Object.fromEntries(alternates)).toEqual(
        Object.fromEntries([...langs.map((l) => [l, siteUrl + inEdition(route, l)]), ['x-default', siteUrl + route]]),
      );
      if (!html.includes('name="robots" content="noindex"')) expect(canonicalOf(html)).toBe(siteUrl + p);
      const switcher = tags.filter((t) => t.name === 'a' && t.attrs.has('data-edition'));
      const base = new URL(siteUrl).pathname;
      // The header links to each other edition’s same page, never to this one.
      expect(new Set(switcher.map((t) => `${t.attrs.get('hreflang')} ${t.attrs.get('href')}`))).toEqual(
        new Set(langs.filter((l) => l !== lang).map((l) => `${l} ${base}${inEdition(route, l)}`)),
      );
      for (const ld of jsonLdOf(html)) if ('inLanguage' in ld && ld['@type'] !== 'Dataset') expect(ld.inLanguage, JSON.stringify(ld).slice(0, 120)).toBe(lang);
    });

    it.skipIf(lang === defaultLang)('shows the figures of the English page, number for number', () => {
      const own = figuresOf(p);
      const english = figuresOf(route);
      if (/^(articles|compare)\/[^/]+\/$/.test(route)) expect(english.size).toBeGreaterThan(0);
      expect([...own.keys()]).toEqual([...english.keys()]);
      for (const [where, text] of english)
        expect(numbersIn(own.get(where)!, lang), `${where}: “${own.get(where)}” vs “${text}”`).toEqual(numbersIn(text, defaultLang));
    });

    it.skipIf(lang === defaultLang)('keeps the report’s text and every quoted passage in its own language, word for word', () => {
      const quoted = (q: string) =>
        all(tree(q), (e) => (classes(e).includes('report') || e.tagName === 'blockquote') && typeof e.properties.lang === 'string').map(
          (e) => `${String(e.properties.lang)} ${textOf(e).replace(/\s+/g, ' ')}`,
        );
      expect(quoted(p)).toEqual(quoted(route));
    });
  });
});

/**
 * English function words: words no French or Spanish sentence uses, so one of them in a French or
 * Spanish page's text means an English string left there. Lower case only: "Made in Marseille",
 * "CC BY 4.0" and "The Daily Courier" are names.
 */
const ENGLISH = new Set(
  'the of and with from which this that these those is are was were been have its our their they we not only also will would than what who why how where about shows to for by'.split(
    ' ',
  ),
);

/**
 * English words a reader of the page's edition meets in text of ours: text nodes and the
 * attributes read aloud or shown (`aria-label`, `alt`, `title`), outside any element marked with
 * another language (a report's passage, its headline) and outside code (citation formats, the
 * newsletter snippet's HTML). Words in quotation marks are the report's own, which a translation
 * keeps as the report wrote them (the drift check), and addresses are not words.
 */
function englishIn(p: string, lang: string): string[] {
  const found: string[] = [];
  const look = (text: string, where: string) => {
    const ours = text
      .replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ')
      .replace(/\bhttps?:\/\/\S+/g, ' ')
      .replace(/\s+/g, ' ');
    const words = ours.match(/(?<![\p{L}\p{N}_#/.-])\p{Ll}+(?![\p{L}\p{N}_-])/gu) ?? [];
    const english = words.filter((w) => ENGLISH.has(w));
    if (english.length > 0) found.push(`${where}[${english.join(', ')}] ${ours.trim().slice(0, 140)}`);
  };
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      if (['head', 'script', 'style', 'template', 'pre', 'code', 'textarea'].includes(node.tagName)) return;
      const own = node.properties.lang;
      if (node.tagName !== 'html' && typeof own === 'string' && own.split('-')[0] !== lang) return;
      for (const name of ['ariaLabel', 'alt', 'title'] as const) if (typeof node.properties[name] === 'string') look(node.properties[name], `@${name} `);
    }
    if (node.type === 'text') look(node.value, '');
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree(p));
  return found;
}

describe('the other editions speak their language', () => {
  const translated = builtPages(distDir).filter((p) => splitEdition(p, others).edition !== null);

  it.skipIf(defaultLang !== 'en')('no English string of ours on a French or Spanish page, outside what is marked as another language', () => {
    expect(translated.length).toBeGreaterThan(0);
    const found = translated.flatMap((p) => englishIn(p, splitEdition(p, others).edition!).map((hit) => `/${p}: ${hit}`));
    expect(found).toEqual([]);
  });

  it.skipIf(defaultLang !== 'en')('this reader finds an English string, and not the report’s quoted words, names or marked passages', () => {
    const page = translated.find((p) => p.includes('compare/'))!;
    const text = (value: string) => ({ type: 'text' as const, value });
    const edited = structuredClone(tree(page));
    const main = all(edited, (e) => e.tagName === 'main')[0]!;
    main.children.push(
      { type: 'element', tagName: 'p', properties: {}, children: [text('aucune date indiquée (the page shows no date)')] },
      { type: 'element', tagName: 'p', properties: {}, children: [text('Selon l’article (« It is estimated »), Made in Marseille, CC BY 4.0')] },
      { type: 'element', tagName: 'p', properties: { lang: 'en' }, children: [text('With funding amounting to 250 million euros per year')] },
    );
    parsed.set('(edited)', edited);
    expect(englishIn('(edited)', splitEdition(page, others).edition!)).toEqual([expect.stringMatching(/^\[the, shows\] aucune date indiquée/)]);
  });
});

/** The no-break spaces a language may set before « ; » and « : » (French: U+00A0, or the narrow U+202F). */
const NO_BREAK = /^[\u00a0\u202f]/;
/** Meta tags whose content is our text, read by unfurlers and screen readers. */
const TEXT_META = new Set(['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']);

/**
 * Each « ; » or « : » that ends a word of ours without the no-break space before it, on a page of
 * an edition whose separators take one (`common.semicolon` starts with it: French). Our text is
 * the page's text, its title, its text meta tags and the attributes read aloud or shown, outside
 * what is the sources' (an element marked with another language, the report's text, a quoted
 * passage, words in quotation marks) and outside code; a colon in an address or a time is not
 * followed by a space.
 */
function unspacedIn(p: string, lang: string): string[] {
  const found: string[] = [];
  const look = (text: string, where: string) => {
    for (const line of text.replace(/«[^»]*»|“[^”]*”/g, '«»').split('\n'))
      for (const hit of line.matchAll(/(?<=[^\u00a0\u202f])[;:](?=\s|$)/g))
        found.push(`${where}${line.slice(Math.max(0, hit.index - 60), hit.index + 30).trim()}`);
  };
  /** An element's text, with what is not ours standing as one mark (so a colon after it is still read). */
  const ourText = (node: Nodes): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' && node.type !== 'root') return '';
    if (node.type === 'element') {
      if (['script', 'style', 'template', 'pre', 'code', 'textarea'].includes(node.tagName)) return '';
      const own = node.properties.lang;
      if (
        node.tagName === 'blockquote' ||
        classes(node).includes('report') ||
        (node.tagName !== 'html' && typeof own === 'string' && own.split('-')[0] !== lang)
      )
        return '¤';
      if (node.tagName === 'meta') {
        const name = String(node.properties.name ?? node.properties.property ?? '');
        if (TEXT_META.has(name) && typeof node.properties.content === 'string') look(node.properties.content, `@${name} `);
      }
      for (const name of ['ariaLabel', 'alt', 'title'] as const) if (typeof node.properties[name] === 'string') look(node.properties[name], `@${name} `);
    }
    const inner = node.children.map((c) => ourText(c as Nodes)).join('');
    // Each block is read on a line of its own: a label's colon before a passage ends its line.
    return node.type === 'element' && INLINE.has(node.tagName) ? inner : `\n${inner}\n`;
  };
  look(ourText(tree(p)), '');
  return found;
}
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);

describe('the other editions set their own punctuation', () => {
  const site = readSiteCopy(contentRoot);
  if ('issues' in site) throw new Error(JSON.stringify(site.issues));
  const catalogues = readEditions(contentRoot, site.copy.locales);
  if ('issues' in catalogues) throw new Error(JSON.stringify(catalogues.issues));
  const spaced = others.filter((lang) => NO_BREAK.test(catalogues.messages.get(lang)!.t('common.semicolon')));
  const pages = builtPages(distDir).filter((p) => spaced.includes(splitEdition(p, others).edition ?? ''));

  it('French sets its no-break space before « ; » and « : »', () => {
    expect(spaced).toContain('fr');
  });

  it('no « ; » or « : » of ours without its no-break space, on a page of an edition that sets one', () => {
    expect(pages.length).toBeGreaterThan(0);
    const found = pages.flatMap((p) => unspacedIn(p, splitEdition(p, others).edition!).map((hit) => `/${p}: ${hit}`));
    expect(found).toEqual([]);
  });

  it('this reader finds a bare colon or semicolon of ours, and not the sources’ words or a spaced one', () => {
    const page = pages.find((p) => p.includes('compare/'))!;
    const text = (value: string) => ({ type: 'text' as const, value });
    const el = (tagName: string, properties: Element['properties'], children: Element['children']): Element => ({
      type: 'element',
      tagName,
      properties,
      children,
    });
    const edited = structuredClone(tree(page));
    const main = all(edited, (e) => e.tagName === 'main')[0]!;
    main.children.push(
      el('p', {}, [text('Jalisco Lab: environ 140 000 EUR')]),
      el('p', {}, [el('span', {}, [text('(Netflix à Marseille)')]), text('; national')]),
      el('p', {}, [text('Carlos Bañuelos, dans l’article :')]),
      el('p', {}, [text('Jalisco Lab\u00a0: environ\u00a0; national, à 10:30, https://example.org')]),
      el('p', {}, [text('Selon l’article (« Kourtrajmé: un atelier ; »)')]),
      el('p', { lang: 'en' }, [text('Kourtrajmé: An Incubator of Creativity')]),
      el('blockquote', {}, [text('Kourtrajmé: An Incubator')]),
      el('img', { alt: 'Carte: France' }, []),
    );
    parsed.set('(edited punctuation)', edited);
    expect(unspacedIn('(edited punctuation)', splitEdition(page, others).edition!)).toEqual([
      '@alt Carte: France',
      'Jalisco Lab: environ 140 000 EUR',
      '(Netflix à Marseille); national',
      'Carlos Bañuelos, dans l’article :',
    ]);
  });
});

describe('the numbers reader of this test', () => {
  it.each([
    ['≈ 140,000 EUR', 'en', [140000]],
    ['≈ 140\u202f000 EUR', 'fr', [140000]],
    ['≈ 140.000 EUR', 'es', [140000]],
    ['environ 1,5 milliard EUR', 'fr', [1.5e9]],
    ['about 1.5 billion EUR', 'en', [1.5e9]],
    ['1.500 millones EUR, 3 millones MXN', 'es', [1.5e9, 3e6]],
    ['1 EUR = 21.97 MXN', 'en', [1, 21.97]],
    ['1 EUR = 21,97 MXN', 'fr', [1, 21.97]],
  ])('%s (%s) → %j', (text, lang, expected) => {
    if (lang !== defaultLang && !others.includes(lang)) return;
    expect(numbersIn(text, lang)).toEqual(expected);
  });
});

describe('feeds and sitemap per edition', () => {
  it.each(langs)('%s has its RSS feed, in its language, linking to its pages', (lang) => {
    const file = path.join(distDir, inEdition('rss.xml', lang));
    const rss = new XMLParser().parse(readFileSync(file, 'utf8')).rss.channel as {
      language: string;
      link: string;
      item: { link: string }[] | { link: string };
    };
    expect(rss.language).toBe(lang);
    for (const item of [rss.item].flat()) expect(item.link.startsWith(siteUrl + inEdition('', lang))).toBe(true);
  });

  it('the sitemap gives each page its alternates in every edition', () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link', 'sitemap'].includes(name) });
    const index = xml.parse(readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: { loc: string }[] } };
    const urls = index.sitemapindex.sitemap.flatMap(
      (s) =>
        (
          xml.parse(readFileSync(path.join(distDir, s.loc.slice(siteUrl.length)), 'utf8')) as {
            urlset: { url: { loc: string; 'xhtml:link'?: { '@_hreflang': string }[] }[] };
          }
        ).urlset.url,
    );
    const home = urls.find((u) => u.loc === siteUrl)!;
    expect(new Set((home['xhtml:link'] ?? []).map((l) => l['@_hreflang']))).toEqual(new Set(langs));
    for (const lang of others) expect(urls.some((u) => u.loc === `${siteUrl}${lang}/`)).toBe(true);
  });
});
