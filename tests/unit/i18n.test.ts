/* eslint-disable @typescript-eslint/no-explicit-any -- the drift cases edit raw frontmatter before the schema reads it */
/** The editions' catalogues and the translations of our analysis: every problem named file → key. */
import { describe, expect, it } from 'vitest';
import { createMessages, editionMessages, parseCatalogue, placeholders, type Catalogue } from '../../src/lib/i18n.ts';
import { readContent } from '../../src/build/content-files.ts';
import { readTranslationFiles } from '../../src/build/translation-files.ts';
import { checkedData } from '../../src/lib/content-check.ts';
import { analysisPending, checkTranslations, translationSources } from '../../src/lib/translations.ts';
import { ROOT } from '../helpers/project.ts';
import { editions } from '../helpers/messages.ts';

const EN = {
  edition: { name: 'English', pending: 'Not yet translated.' },
  site: { name: 'Checked' },
  unit: { jobs: '{count, plural, one {job} other {jobs}}' },
  footer: { report: 'Spotted an error? <report>Report it</report>.' },
};
const FR = {
  edition: { name: 'Français', pending: 'Pas encore traduit.' },
  site: { name: 'Vérifié' },
  unit: { jobs: '{count, plural, one {emploi} other {emplois}}' },
  footer: { report: 'Une erreur ? <report>Signalez-la</report>.' },
};

const parse = (lang: string, data: unknown) => parseCatalogue(lang, `content/i18n/${lang}.yaml`, data);
const issuesOf = (fr: unknown, en: unknown = EN) => {
  const result = editionMessages(
    new Map([
      ['en', parse('en', en)],
      ['fr', parse('fr', fr)],
    ]),
    ['en', 'fr'],
  );
  return 'issues' in result ? result.issues.map((i) => `${i.file} → ${i.field}: ${i.message}`) : [];
};
const without = (data: typeof FR, path: string[]) => {
  const copy = structuredClone(data) as Record<string, Record<string, unknown>>;
  delete copy[path[0]!]![path[1]!];
  return copy;
};

describe('catalogues', () => {
  it('accepts a complete translation', () => expect(issuesOf(FR)).toEqual([]));

  it.each([
    ['a missing key', without(FR, ['site', 'name']), 'content/i18n/fr.yaml → site.name: missing: translate “Checked”'],
    [
      'a placeholder renamed',
      { ...FR, unit: { jobs: '{nombre, plural, one {emploi} other {emplois}}' } },
      'content/i18n/fr.yaml → unit.jobs: has the placeholders nombre',
    ],
    [
      'a link dropped',
      { ...FR, footer: { report: 'Une erreur ? Signalez-la.' } },
      'content/i18n/fr.yaml → footer.report: has the placeholders none; the en message has <report>',
    ],
    ['a key the source lacks', { ...FR, extra: { key: 'x' } }, 'content/i18n/fr.yaml → extra.key: not a key of content/i18n/en.yaml'],
    ['a straight apostrophe', { ...FR, site: { name: "L'initiative" } }, 'content/i18n/fr.yaml → site.name: write the apostrophe as ’'],
    ['a broken message', { ...FR, site: { name: '{oops' } }, 'content/i18n/fr.yaml → site.name: not an ICU message'],
    ['a number where text belongs', { ...FR, site: { name: 3 } }, 'content/i18n/fr.yaml → site.name: a message is a string'],
    [
      'a pending catalogue without its notice',
      { ...without(FR, ['edition', 'pending']), pending: true },
      'content/i18n/fr.yaml → edition.pending: missing: every catalogue needs this key',
    ],
  ])('refuses %s, naming file → key', (_what, fr, message) => {
    expect(issuesOf(fr).join('\n')).toContain(message);
  });

  it('names a language of site.yaml without its catalogue', () => {
    const result = editionMessages(new Map([['en', parse('en', EN)]]), ['en', 'fr']);
    expect('issues' in result && result.issues.map((i) => `${i.file} → ${i.field}`)).toEqual(['content/i18n/fr.yaml → (file)']);
  });

  it('a pending catalogue reads its missing keys in the default language, and says it is pending', () => {
    const result = editionMessages(
      new Map([
        ['en', parse('en', EN)],
        ['fr', parse('fr', { ...without(FR, ['site', 'name']), pending: true })],
      ]),
      ['en', 'fr'],
    );
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    const fr = result.messages.get('fr')!;
    expect(fr.pending).toBe(true);
    expect(fr.t('site.name')).toBe('Checked');
    expect(fr.t('unit.jobs', { count: 2 })).toBe('emplois');
  });

  it('formats plurals, numbers and markup in the catalogue’s language', () => {
    const { catalogue } = parse('fr', FR) as { catalogue: Catalogue };
    const fr = createMessages(catalogue);
    expect(fr.t('unit.jobs', { count: 1 })).toBe('emploi');
    expect(fr.rich('footer.report')).toEqual(['Une erreur ? ', { tag: 'report', children: ['Signalez-la'] }, '.']);
    expect(() => fr.t('site.name', { count: 1 })).toThrow(/no placeholder \{count\}/);
    expect(() => fr.t('footer.report')).toThrow(/has markup/);
    expect(placeholders('{a} <b>{c}</b>')).toEqual(['<b>', 'a', 'c']);
  });

  it('our own catalogues: every edition has every key, and no message is left pending', () => {
    for (const [lang, m] of editions) {
      expect(m.pending, lang).toBe(false);
      expect(m.t('edition.name').length).toBeGreaterThan(0);
    }
    expect(editions.get('fr')!.t('scale.million', { count: 3 })).toBe('3 millions');
    expect(editions.get('es')!.t('count.theReports', { count: 2 })).toBe('ambas notas');
  });
});

describe('translations of our analysis', () => {
  const ids = { articles: ['alpha'], comparisons: ['alpha-vs-beta'] };
  const files = (entries: [string, unknown][]) => new Map(entries.map(([path, data]) => [path, { data }]));
  const pending = files([
    ['content/translations/fr/articles/alpha.yaml', { pending: true }],
    ['content/translations/fr/comparisons/alpha-vs-beta.mdx', { pending: true }],
  ]);
  const issues = (found: Parameters<typeof checkTranslations>[0]) =>
    checkTranslations(found, ['en', 'fr'], ids).issues.map((i) => `${i.file} → ${i.field}: ${i.message}`);

  it('accepts a translation marked pending, and the page says so', () => {
    const { translations, issues: found } = checkTranslations(pending, ['en', 'fr'], ids);
    expect(found).toEqual([]);
    expect(analysisPending(translations, 'fr', 'articles', 'alpha')).toBe(true);
  });

  it.each([
    [
      'a missing translation',
      files([['content/translations/fr/articles/alpha.yaml', { pending: true }]]),
      'content/translations/fr/comparisons/alpha-vs-beta.mdx → (file): missing',
    ],
    [
      'a translation of nothing',
      new Map([...pending, ['content/translations/fr/articles/gamma.yaml', { data: { pending: true } }]]),
      'content/translations/fr/articles/gamma.yaml → (file name): translates no article or comparison',
    ],
    [
      'pending written as false',
      new Map([...pending, ['content/translations/fr/articles/alpha.yaml', { data: { pending: false } }]]),
      'content/translations/fr/articles/alpha.yaml → pending:',
    ],
    [
      'an unknown field',
      new Map([...pending, ['content/translations/fr/articles/alpha.yaml', { data: { pending: true, titel: 'x' } }]]),
      'content/translations/fr/articles/alpha.yaml → (frontmatter):',
    ],
  ])('refuses %s, naming file → field', (_what, found, message) => {
    expect(issues(found).join('\n')).toContain(message);
  });

  it('the default edition needs no translation', () => {
    expect(checkTranslations(new Map(), ['en'], ids).issues).toEqual([]);
  });
});

describe('a translation cannot drift from its original', () => {
  const { files } = readContent(ROOT);
  const { valid } = checkedData(files);
  const sources = translationSources(valid);
  const ids = { articles: [...valid.articles.keys()], comparisons: [...valid.comparisons.keys()] };
  const own = readTranslationFiles(ROOT);
  const path = 'content/translations/fr/comparisons/jalisco-lab-vs-marseille.mdx';
  const edited = (edit: (data: Record<string, any>) => void, body?: (b: string) => string) => {
    const found = own.get(path) as { data: Record<string, any>; body: string };
    const data = structuredClone(found.data);
    edit(data);
    return new Map([...own, [path, { data, body: body ? body(found.body) : found.body }]]);
  };
  const issues = (found: ReturnType<typeof readTranslationFiles>) =>
    checkTranslations(found, ['en', 'fr', 'es'], ids, sources).issues.map((i) => `${i.file} → ${i.field}: ${i.message}`);

  it('our French and Spanish translations keep every number, month, name and quoted word', () => expect(issues(own)).toEqual([]));

  it.each([
    [
      'a number removed from a verdict',
      edited((d) => (d.verdicts.money.finding = d.verdicts.money.finding.replace('environ 3 millions de pesos', 'quelques millions de pesos'))),
      `${path} → verdicts.money.finding: gives the numbers none where the original gives 3000000`,
    ],
    [
      'a date changed in a verdict',
      edited((d) => (d.verdicts.timeline.finding = d.verdicts.timeline.finding.replace('12 juillet 2025', '12 juin 2025'))),
      `${path} → verdicts.timeline.finding: names the months 5, 5, 6 where the original names 5, 5, 7`,
    ],
    [
      'a year changed in the conclusion',
      edited((d) => (d.conclusion = d.conclusion.replace('2021–2024', '2021–2025'))),
      `${path} → conclusion: gives the numbers 2, 5, 6, 9, 2021, 2025 where the original gives 2, 5, 6, 9, 2021, 2024`,
    ],
    [
      'a name dropped',
      edited((d) => (d.verdicts.sourcing.why = d.verdicts.sourcing.why.replace('Alfredo Aceves', 'un responsable'))),
      `${path} → verdicts.sourcing.why: drops the name “Alfredo Aceves”`,
    ],
    ['a verdict left out', edited((d) => delete d.verdicts.places), `${path} → verdicts.places.short: missing: translate`],
    [
      'a paragraph of the analysis dropped',
      edited(
        () => {},
        (b) => b.split('\n\n').slice(1).join('\n\n'),
      ),
      `${path} → (body): has 3 paragraphs where the original has 4`,
    ],
    [
      'the report’s quoted words translated',
      edited(
        () => {},
        (b) => b.replace('« environ »', '« about »'),
      ),
      `${path} → (body) paragraph 2: drops the report’s words “environ”`,
    ],
  ])('fails on %s, naming file → field', (_what, found, message) => {
    expect(issues(found).join('\n')).toContain(message);
  });
});
