/**
 * Content is data, never code: the rules behind the bad-content corpus, tested directly — the
 * body check, hidden characters, URLs, language tags, key suggestions, plausible rates, the
 * deploy settings, and the error report that never loses an error.
 */
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fixtureCopy } from '../helpers/project.ts';
import remarkGfm from 'remark-gfm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawCards } from '../../src/integrations/cards.ts';
import { fontFiles } from '../../src/integrations/card-draw.ts';
import { checkBody, remarkBodyGuard } from '../../src/lib/body-check.ts';
import { csvCell, toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from '../helpers/csv.ts';
import { articleCard, cardArticle, comparisonCard } from '../../src/lib/cards.ts';
import { checkBodies, checkedData, formatError } from '../../src/lib/content-check.ts';
import { ERRORS_FILE, readContent, reportErrors } from '../../src/build/content-files.ts';
import { cardTitleSize, cardTree } from '../../src/lib/og-image.ts';
import { plausibleRate, rateProblem, UNITS_PER_EURO } from '../../src/lib/rate-ranges.ts';
import rehypeEvidence from '../../src/lib/rehype-evidence.ts';
import { siteSettings } from '../../src/lib/site-config.ts';
import { closestKey, hiddenCharacterIn, languageTagProblem, MAX_WORD_LENGTH, otherDigitIn, overlongWord, webUrlProblem } from '../../src/lib/text-rules.ts';
import { parseCatalogue } from '../../src/lib/i18n.ts';
import { evidence, text } from '../../src/schemas/common.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { MAX_TITLE_LENGTH } from '../../src/schemas/common.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import countries from 'i18n-iso-countries';
import detailTopology from 'world-atlas/countries-50m.json';
import { UNMAPPED_COUNTRIES } from '../../src/lib/mappable.ts';
import { tempDir } from '../helpers/temp.ts';
import { en } from '../helpers/messages.ts';

const lines = (source: string) => checkBody(source).map((p) => `${p.line}: ${p.message}`);

describe('a body is text', () => {
  it('accepts Markdown, GFM tables, escaped braces and angle brackets, and the allowlisted elements', () => {
    const body = [
      '## A heading',
      '',
      'Write to someone@example.org or see www.example.org.',
      '',
      'Text with *emphasis*, a [link](https://example.org/a?b=c) and 3 \\< 5, \\{braces\\}, &lt;tags&gt; and &#123;this&#125;.',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '<div lang="fr">',
      '',
      'Un paragraphe en français, avec <abbr title="Centre national du cinéma">CNC</abbr>, 1<sup>er</sup>, H<sub>2</sub>O<br />et <span lang="es-MX">español</span>.',
      '',
      '</div>',
    ].join('\n');
    expect(checkBody(body)).toEqual([]);
  });

  it('refuses a hostile body line by line: ESM, expressions, components, meta refresh, script, hidden text, decoy ids', () => {
    const body = readFileSync('tests/fixtures/hostile-body/content/articles/alpha.mdx', 'utf8').split('\n---\n').slice(1).join('\n---\n');
    const found = lines(body).join('\n');
    for (const expected of [
      '`import`/`export` is code',
      '{globalThis.process.env.HOME} is an expression',
      '{estimé} is an expression',
      '<Layout> is a component',
      '<meta> is not allowed',
      '<script> is not allowed',
      '<div hidden>: attribute not allowed',
      '<span id>: attribute not allowed',
      '<span style>: attribute not allowed',
      '<abbr onclick>: attribute not allowed',
    ])
      expect(found).toContain(expected);
  });

  it('names the line of a body that does not parse, and says how to escape', () => {
    expect(lines('First.\n\nA {b and c.')).toEqual([expect.stringMatching(/^3: the body does not parse as Markdown: .*write \\\{ or &#123;/)]);
  });

  it('allows direction marks and joiners in a body, but not bidi overrides', () => {
    expect(checkBody('فارسی\u200cها and \u200fmark')).toEqual([]);
    expect(lines('one\n\ntwo \u202e three')).toEqual([expect.stringMatching(/^3: the text contains a bidi control character.*\(U\+202E\)/)]);
  });
});

describe('the MDX pipeline itself refuses code (so even astro dev never runs it)', () => {
  const compileGuarded = (body: string) => compile(body, { remarkPlugins: [remarkGfm, remarkBodyGuard], outputFormat: 'function-body' });

  it('refuses to compile ESM, expressions and components, naming the line', async () => {
    await expect(compileGuarded('Text.\n\nexport const leak = process.env')).rejects.toThrow(/line 3: `import`\/`export` is code/);
    await expect(compileGuarded('{process.exit(0)}')).rejects.toThrow(/line 1: \{process.exit\(0\)\} is an expression/);
    await expect(compileGuarded('<Foo />')).rejects.toThrow(/<Foo> is a component/);
  });

  it('compiles a plain body', async () => {
    await expect(compileGuarded('# Title\n\n<div lang="fr">\n\nTexte \\{ ok \\}.\n\n</div>')).resolves.toBeDefined();
  });
});

describe('text rules', () => {
  it('refuses bidi, invisible and control characters in facts, naming the code point', () => {
    expect(hiddenCharacterIn('15\u202e')).toContain('U+202E');
    expect(hiddenCharacterIn('a\u2066b')).toContain('bidi');
    expect(hiddenCharacterIn('Net\u200bflix')).toContain('U+200B');
    expect(hiddenCharacterIn('x\u0000')).toContain('control');
    expect(hiddenCharacterIn('a\u200db')).toContain('U+200D');
    expect(hiddenCharacterIn('Cinémathèque « française »')).toBeNull();
  });

  it.each([
    // Default-ignorable code points, by property: the combining grapheme joiner that made "2͏50" read 50.
    ['2\u034F50 million', 'an invisible character (U+034F)'],
    ['soft\u00ADhyphen', 'an invisible character (U+00AD)'],
    ['x\u3164', 'an invisible character (U+3164)'],
    ['a\u2060b', 'an invisible character (U+2060)'],
    ['flag\u{E0069}', 'an invisible character (U+E0069)'],
    ['select\uFE0F', 'an invisible character (U+FE0F)'],
    // Format characters by property (Cf), default-ignorable or not, and the line and paragraph separators:
    // "2" + U+FFF9 + "50" let a passage read 50 where a reader sees 250.
    ['2\uFFF950 million', 'an invisible format or separator character (U+FFF9)'],
    ['sign\u0600250', 'an invisible format or separator character (U+0600)'],
    ['2\u{13430}50', 'an invisible format or separator character (U+13430)'],
    ['line\u2028separator', 'an invisible format or separator character (U+2028)'],
    ['paragraph\u2029separator', 'an invisible format or separator character (U+2029)'],
    // Blanks and look-alikes that are not whitespace.
    ['braille\u2800blank', 'shows as a blank or a mark but is not one (U+2800)'],
    ['object\uFFFC', '(U+FFFC)'],
    ['lost\uFFFD', '(U+FFFD)'],
    ['ogham\u1680mark', '(U+1680)'],
    // Combining marks that accent no letter, or that NFC leaves after a Latin, Greek or Cyrillic letter.
    ['2\u033650', 'a combining mark that does not follow a letter it accents (it draws over what is before it) (U+0336)'],
    ['a\u0336b', '(U+0336)'],
    ['\u0301start', '(U+0301)'],
    ['ω\u20DD', '(U+20DD)'],
    // Unassigned.
    ['x\u{E0080}', 'not text'],
  ])('refuses %j in a fact and a body: %s', (text, message) => {
    expect(hiddenCharacterIn(text)).toContain(message);
    expect(hiddenCharacterIn(text, false)).toContain(message);
  });

  it.each([
    ['e\u0301', 'a decomposed accent, which NFC composes'],
    ['नमस्ते', 'Devanagari signs after their letters'],
    ['עִבְרִית', 'Hebrew points'],
    ['❤\uFE0F 1\uFE0F\u20E3', 'an emoji’s variation selector and a keycap'],
    ['emoji 🎬 ok', 'emoji'],
  ])('accepts %j (%s)', (text) => {
    expect(hiddenCharacterIn(text)).toBeNull();
  });

  it('allows a body the joiners and direction marks some scripts need, never a fact', () => {
    expect(hiddenCharacterIn('a\u200db', false)).toBeNull();
    expect(hiddenCharacterIn('🏳\uFE0F\u200D🌈', false)).toBeNull();
    expect(hiddenCharacterIn('a\u200db')).toContain('an invisible direction mark or joiner (U+200D)');
  });

  it.each([
    ['about ３０m pesos', '“３” (U+FF13)'],
    ['about ٣٠m pesos', '“٣” (U+0663)'],
    ['about ۳۰m pesos', '“۳” (U+06F3)'],
    ['about ३०m pesos', '“३” (U+0969)'],
    ['about 3𝟎m pesos', '“𝟎” (U+1D7CE)'],
    ['Ⅻ secteurs', '“Ⅻ” (U+216B)'],
    ['Ⅻ', '“Ⅻ” (U+216B)'],
  ])('refuses a digit other than 0–9 in our prose, a fact’s passage and a catalogue message, naming it: %j', (written, named) => {
    const message = `contains the digit ${named}, which the check does not read as a number: write numbers with the digits 0–9`;
    expect(otherDigitIn(written)).toBe(message);
    expect(text.safeParse(written).error?.issues.map((i) => i.message)).toEqual([message]);
    expect(evidence.safeParse(written).error?.issues.map((i) => i.message)).toEqual([message]);
    expect(parseCatalogue('en', 'content/i18n/en.yaml', { card: { tagline: written } })).toEqual({
      issues: [{ file: 'content/i18n/en.yaml', field: 'card.tagline', message }],
    });
  });

  it('accepts the digits 0–9, and digit-like signs that are neither decimal digits nor number letters', () => {
    for (const written of ['about 3m pesos, 25,000 jobs', '½', '²', '①']) expect(otherDigitIn(written), written).toBeNull();
  });

  it('refuses words too long to wrap', () => {
    expect(overlongWord('x'.repeat(MAX_WORD_LENGTH))).toBeNull();
    expect(overlongWord(`a ${'x'.repeat(MAX_WORD_LENGTH + 1)} b`)).toContain(`word of ${MAX_WORD_LENGTH + 1} characters`);
    expect(overlongWord('Seine-Saint-Denis-Montfermeil-Clichy-sous-Bois-Marseille-Belle-de-Mai')).toBeNull();
  });

  it('accepts only absolute http(s) URLs with a real host and no credentials or hidden characters', () => {
    expect(webUrlProblem('https://www.example.org/a/b?c=d#e')).toBeNull();
    expect(webUrlProblem('http://127.0.0.1:8080/')).toBeNull();
    for (const bad of [
      'https://-/',
      'https://user:pw@example.org/',
      'javascript:alert(1)',
      'data:text/html,x',
      '//example.org/',
      '/relative',
      'https://exa mple.org/',
      'https://example.org/\u202e',
      'https://localhost/',
      'https://a-.example.org/',
    ]) {
      expect(webUrlProblem(bad), bad).not.toBeNull();
    }
  });

  it('validates BCP 47 language tags properly', () => {
    for (const good of ['fr', 'en', 'es-MX', 'zh-Hant-TW', 'pt-BR']) expect(languageTagProblem(good), good).toBeNull();
    expect(languageTagProblem('fr-FR-FR')).toContain('must be a BCP 47 language tag');
    expect(languageTagProblem('French')).toContain('must be a BCP 47 language tag');
    expect(languageTagProblem('es-mx')).toContain('write "es-MX"');
    expect(languageTagProblem('xx')).toContain('known language');
  });

  it('suggests the closest known key', () => {
    expect(closestKey('beneficiary', ['beneficiaries', 'institutions'])).toBe('beneficiaries');
    expect(closestKey('staus', ['status', 'date', 'basis'])).toBe('status');
    expect(closestKey('Title', ['title', 'dek'])).toBe('title');
    expect(closestKey('zzzzzz', ['title', 'dek'])).toBeNull();
  });
});

describe('strict schemas, at every level', () => {
  const [article] = readContent('tests/fixtures/good-content').files.filter((f) => f.id === 'alpha');
  const data = article!.data as Record<string, unknown> & { source: object; locations: object[] };

  it('an unknown key anywhere is an error with a suggestion', () => {
    const cases: [unknown, string][] = [
      [{ ...data, beneficiary: [] }, 'did you mean "beneficiaries"?'],
      [{ ...data, source: { ...data.source, langauge: 'fr' } }, 'did you mean "language"?'],
      [{ ...data, locations: [{ ...data.locations[0], nmae: 'x' }] }, 'did you mean "name"?'],
    ];
    for (const [value, message] of cases) {
      const result = articleSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.message).join('\n')).toContain(message);
    }
  });

  it('every object in every content schema refuses unknown keys (new fields use record() too)', () => {
    type Def = { type: string; catchall?: { _zod: { def: Def } }; shape?: Record<string, unknown> } & Record<string, unknown>;
    const loose: string[] = [];
    const seen = new Set<unknown>();
    const walk = (schema: unknown, path: string) => {
      if (!schema || typeof schema !== 'object' || !('_zod' in schema) || seen.has(schema)) return;
      seen.add(schema);
      const def = (schema as { _zod: { def: Def } })._zod.def;
      if (def.type === 'object') {
        if (def.catchall?._zod.def.type !== 'never') loose.push(path || '(root)');
        for (const [key, field] of Object.entries(def.shape ?? {})) walk(field, path ? `${path}.${key}` : key);
        return;
      }
      for (const value of Object.values(def)) {
        if (Array.isArray(value)) value.forEach((v) => walk(v, path));
        else walk(value, path);
      }
    };
    for (const [name, schema] of Object.entries({ articleSchema, comparisonSchema, rateSchema, referenceSchema, correctionSchema, siteSchema }))
      walk(schema, name);
    expect(seen.size).toBeGreaterThan(50);
    expect(loose).toEqual([]);
  });

  it('normalises text and evidence to NFC', () => {
    const decomposed = 'Cine\u0301mathe\u0300que';
    const parsed = articleSchema.parse({ ...data, title: decomposed });
    expect(parsed.title).toBe('Cinémathèque');
    expect(parsed.title).toBe(parsed.title.normalize('NFC'));
  });
});

describe('plausible rates', () => {
  const rate = { base: 'EUR', quote: 'MXN', value: 21.97, date: '2025-06-02', kind: 'k', source: 'ref', why: 'w' };

  it('accepts a real rate both ways round and refuses it reversed, by name', () => {
    expect(rateSchema.safeParse(rate).success).toBe(true);
    expect(rateSchema.safeParse({ ...rate, base: 'MXN', quote: 'EUR', value: 1 / 21.97 }).success).toBe(true);
    expect(rateProblem('EUR', 'MXN', 1 / 21.97)).toContain('it looks reversed');
    expect(rateProblem('EUR', 'MXN', 1e-320)).toContain('outside the plausible range');
    expect(plausibleRate('EUR', 'XAF')).toBeNull();
  });

  it('keeps every band away from parity clear of its own reverse and of a slipped decimal', () => {
    for (const [currency, [low, high]] of Object.entries(UNITS_PER_EURO)) {
      if (low <= 1 && high >= 1 / 1.5) continue; // near parity: a range cannot tell a rate from its reverse
      const middle = Math.sqrt(low * high);
      expect(rateProblem('EUR', currency, middle), currency).toBeNull();
      expect(rateProblem('EUR', currency, 1 / middle), currency).toContain('it looks reversed');
      expect(high / low, `${currency}: a band spanning a factor of 10 lets a slipped decimal through`).toBeLessThan(10);
    }
  });
});

describe('deploy settings', () => {
  it('accepts a root or a sub-path, and an http(s) origin', () => {
    expect(siteSettings({ SITE_URL: 'https://owner.github.io', BASE_PATH: '/repo/' }, true)).toEqual({ site: 'https://owner.github.io', base: '/repo/' });
    expect(siteSettings({ SITE_URL: 'https://news.example.org/' }, true)).toEqual({ site: 'https://news.example.org', base: '/' });
    expect(siteSettings({}, false)).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('refuses a base path that is a host, an origin with a path, and a production build without SITE_URL', () => {
    for (const BASE_PATH of ['//evil.com/', 'repo/', '/repo', '/a/../b/', 'https://evil.com/']) {
      expect(() => siteSettings({ SITE_URL: 'https://a.org', BASE_PATH }, true), BASE_PATH).toThrow(/BASE_PATH=.* is not a path/);
    }
    for (const SITE_URL of ['localhost:4321', 'ftp://a.org', 'https://a.org/repo/', 'https://user:pw@a.org', 'https://-/']) {
      expect(() => siteSettings({ SITE_URL }, true), SITE_URL).toThrow(/SITE_URL=.* is not an absolute http\(s\) origin/);
    }
    expect(() => siteSettings({ SITE_URL: '' }, true)).toThrow(/SITE_URL is not set: a production build needs/);
  });
});

describe('a check that throws', () => {
  it('still names the file, in the data check and in the body check', () => {
    const data = Object.defineProperty({}, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const file = { collection: 'articles' as const, path: 'content/articles/a.mdx', id: 'a', data, body: 'Text.' };
    expect(checkedData([file]).errors.map(formatError)).toContain(
      'content/articles/a.mdx → (file): the content check failed on this file (boom): please report it, with the file',
    );
    expect(checkBodies([file]).errors.map(formatError).join('\n')).toContain('content/articles/a.mdx → (file): the content check failed on this file');
  });
});

describe('the error report', () => {
  it('writes every error to a file and tells the console how many and where (2,000 errors)', () => {
    const root = tempDir('content-errors');
    const errors = Array.from({ length: 2000 }, (_, i) => `content/articles/a${i}.mdx → title: error ${i}`);
    const report = reportErrors(root, errors);
    expect(readFileSync(join(root, ERRORS_FILE), 'utf8').trim().split('\n')).toEqual(errors);
    expect(report.split('\n').length).toBeLessThan(40);
    expect(report).toMatch(/^2000 content errors \(full list in .*content-errors\.txt\)/);
    expect(report).toMatch(/2000 content errors: see .*content-errors\.txt$/);
  });

  it('npm run check:content through a pipe: the console says 2,000 and where, the file holds all 2,000', () => {
    const root = tempDir('content-errors');
    fixtureCopy('tests/fixtures/good-content', root);
    const alpha = readFileSync(join(root, 'content/articles/alpha.mdx'), 'utf8');
    const bad = alpha.replace('dek: ', 'deck: "x"\ndek: ').replace('    status: inferred\n', '    status: inferred\n    staus: stated\n');
    for (let i = 0; i < 1000; i++) writeFileSync(join(root, `content/articles/bad-${i}.mdx`), bad);
    const run = spawnSync('sh', ['-c', `node --experimental-strip-types --no-warnings scripts/check-content.ts ${root} 2>&1 | cat`], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/^2000 content errors \(full list in /);
    expect(run.stdout.trim()).toMatch(/2000 content errors: see .*content-errors\.txt$/);
    const listed = readFileSync(join(root, ERRORS_FILE), 'utf8').trim().split('\n');
    expect(listed).toHaveLength(2000);
    expect(listed).toContain('content/articles/bad-999.mdx → dates.0.staus: unknown field "staus": did you mean "status"?');
  }, 60_000);
});

describe('what the check lets through, a map can draw', () => {
  it('lists exactly the valid country codes the map data has no shape for', () => {
    const geometries = (detailTopology as unknown as { objects: { countries: { geometries: { id?: string; type: string | null }[] } } }).objects.countries
      .geometries;
    const ids = new Set(geometries.filter((g) => g.type).map((g) => String(g.id)));
    const missing = Object.keys(countries.getAlpha2Codes()).filter((c) => !ids.has(countries.alpha2ToNumeric(c) ?? 'none'));
    expect([...missing].sort()).toEqual([...UNMAPPED_COUNTRIES]);
  });
});

describe('what the check lets through, a card can draw', () => {
  it('sets the longest title the check allows small enough for the kicker and the lines to stay on the card', () => {
    const { files } = readContent('tests/fixtures/good-content');
    const raw = files.find((f) => f.id === 'alpha')!.data as Record<string, never>;
    const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
    const longest = articleSchema.parse({ ...raw, title: 'Words of a headline '.repeat(6).slice(0, MAX_TITLE_LENGTH).trim() });
    const sizes: number[] = [];
    const walk = (node: unknown) => {
      const { props } = node as { props: { style?: { fontSize?: number; marginTop?: number; fontWeight?: number }; children?: unknown } };
      const text = ([] as unknown[]).concat(props.children ?? []);
      if (props.style?.fontWeight === 700 && props.style.marginTop === 12 && text.length === 1 && typeof text[0] === 'string')
        sizes.push(props.style.fontSize!);
      for (const child of ([] as unknown[]).concat(props.children ?? [])) if (typeof child === 'object') walk(child);
    };
    walk(cardTree(articleCard(cardArticle(longest, null, [], references, en), en), { siteName: 'Site', tagline: 'T' }));
    expect(sizes).toEqual([cardTitleSize(longest.title)]);
    expect(cardTitleSize(longest.title)).toBeLessThanOrEqual(40);
    expect(cardTitleSize('A short headline')).toBe(52);
  });

  it('draws cards whose names and titles have words as long as the check allows', async () => {
    const files = readContent('tests/fixtures/good-content').files;
    const long = 'W'.repeat(MAX_WORD_LENGTH);
    const raw = files.find((f) => f.id === 'alpha')!.data as Record<string, never>;
    const alpha = articleSchema.parse({
      ...raw,
      title: `${long} ${long}`,
      initiative: { ...(raw.initiative as object), name: long },
      source: { ...(raw.source as object), outlet: long },
    });
    const beta = articleSchema.parse(files.find((f) => f.id === 'beta')!.data);
    const comparison = comparisonSchema.parse({ ...(files.find((f) => f.collection === 'comparisons')!.data as object), title: `${long} ${long}` });
    const rates = files.filter((f) => f.collection === 'rates').map((f) => rateSchema.parse(f.data));
    const references = new Map(files.filter((f) => f.collection === 'references').map((f) => [f.id, referenceSchema.parse(f.data)]));
    const trees = [
      cardTree(articleCard(cardArticle(alpha, null, rates, references, en), en), { siteName: long, tagline: 'T' }),
      cardTree(
        comparisonCard(
          comparison,
          cardArticle(alpha, comparison.currency, rates, references, en),
          cardArticle(beta, comparison.currency, rates, references, en),
          en,
        ),
        { siteName: long, tagline: 'T' },
      ),
    ];
    const out = mkdtempSync(join(tmpdir(), 'long-word-cards-'));
    try {
      const jobs = trees.map((tree, i) => ({ tree, path: join(out, `${i}.png`) }));
      expect(await drawCards(jobs, fontFiles(process.cwd()))).toEqual([]);
      expect(jobs.every((job) => statSync(job.path).size > 1000)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('machine outputs escape what their format needs', () => {
  it('quotes CSV cells holding a semicolon or a tab (separators in many locales)', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(parseCsv(toCsv(['x', 'y'], [{ x: 'a;b', y: 'c\td' }]))).toEqual([
      ['x', 'y'],
      ['a;b', 'c\td'],
    ]);
  });
});

describe('rendered bodies', () => {
  const render = async (body: string, frontmatter: Record<string, unknown>) => {
    const highlight = rehypeEvidence();
    const file = { data: { astro: { frontmatter } } };
    return String(
      await compile(body, { remarkPlugins: [remarkGfm], rehypePlugins: [() => (tree: Root) => highlight(tree, file)], outputFormat: 'function-body' }),
    );
  };

  it('highlights the right words of a decomposed (NFD) body, rendered as NFC', async () => {
    const body = 'Le programme cou\u0302te environ trois millions de pesos.'.normalize('NFD');
    const out = await render(body, { amounts: [{ id: 'budget', evidence: 'coûte environ trois millions' }] });
    expect(out).toContain('"ev-budget"');
    expect(out).toContain('children: "coûte environ trois millions"');
    expect(out).not.toContain('\u0302');
  });

  it('gives body headings ids under body-, which no page anchor uses', async () => {
    const out = await render('## ev-budget\n\n## fact-budget\n\n## FAQ\n\n## FAQ', {});
    for (const id of ['body-ev-budget', 'body-fact-budget', 'body-faq', 'body-faq-1']) expect(out).toContain(`id: "${id}"`);
    expect(out).not.toMatch(/id: "(ev|fact)-/);
  });

  it('keeps body heading ids unique, and footnote references pointing at their renamed label', async () => {
    const out = await render('## a\n\n## a\n\n## a 1\n\nText[^n].\n\n[^n]: A note.', {});
    for (const id of ['body-a', 'body-a-1', 'body-a-1-1', 'body-footnotes']) expect(out.match(new RegExp(`id: "${id}"`, 'g')), id).toHaveLength(1);
    expect(out).toContain('"aria-describedby": "body-footnotes"');
    expect(out).not.toContain('footnote-label');
  });
});
