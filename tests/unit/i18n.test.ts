/* eslint-disable @typescript-eslint/no-explicit-any -- the drift cases edit raw frontmatter before the schema reads it */
/** The editions' catalogues and the translations of our analysis: every problem named file → key. */
import { describe, expect, it } from 'vitest';
import { createMessages, editionMessages, parseCatalogue, placeholders, type Catalogue } from '../../src/lib/i18n.ts';
import { readContent } from '../../src/build/content-files.ts';
import { readTranslationFiles } from '../../src/build/translation-files.ts';
import { checkedData } from '../../src/lib/content-check.ts';
import {
  analysisPending,
  checkTranslations,
  comparisonDrift,
  driftOf,
  provenanceDrift,
  localizeArticle,
  localizeRate,
  localizeReference,
  paragraphsOf,
  translationSources,
  type Translation,
} from '../../src/lib/translations.ts';
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
      'content/translations/fr/articles/gamma.yaml → (file name): translates no article, comparison, reference or rate',
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

  it('reads a body’s paragraphs with their spaces folded, and keeps a no-break space where French sets one', () => {
    expect(paragraphsOf('Bâti sur des citations\u00a0: le\n  directeur ;\tpuis\n\n \nenviron 140\u202f000 EUR\n')).toEqual([
      'Bâti sur des citations\u00a0: le directeur ; puis',
      'environ 140\u202f000 EUR',
    ]);
  });

  it('the default edition needs no translation', () => {
    expect(checkTranslations(new Map(), ['en'], ids).issues).toEqual([]);
  });
});

describe('a translation cannot drift from its original', () => {
  const { files } = readContent(ROOT);
  const { valid } = checkedData(files);
  const sources = translationSources(valid);
  const ids = {
    articles: [...valid.articles.keys()],
    comparisons: [...valid.comparisons.keys()],
    references: [...valid.references.keys()],
    rates: [...valid.rates.keys()],
  };
  const cited = {
    references: new Map([...valid.references].map(([id, { data }]) => [id, data])),
    rates: new Map([...valid.rates].map(([id, { data }]) => [id, data])),
  };
  const own = readTranslationFiles(ROOT);
  const path = 'content/translations/fr/comparisons/jalisco-lab-vs-marseille.mdx';
  const edited = (edit: (data: Record<string, any>) => void, body?: (b: string) => string, file = path) => {
    const found = own.get(file) as { data: Record<string, any>; body: string };
    const data = structuredClone(found.data);
    edit(data);
    return new Map([...own, [file, { data, body: body ? body(found.body) : found.body }]]);
  };
  const frMarseille = 'content/translations/fr/articles/netflix-marseille.yaml';
  const esJalisco = 'content/translations/es/articles/jalisco-lab.yaml';
  const frJalisco = 'content/translations/fr/articles/jalisco-lab.yaml';
  const esMarseille = 'content/translations/es/articles/netflix-marseille.yaml';
  const articles = new Map([...valid.articles].map(([id, { data }]) => [id, data]));
  const issues = (found: ReturnType<typeof readTranslationFiles>) =>
    checkTranslations(found, ['en', 'fr', 'es'], ids, sources, articles, cited).issues.map((i) => `${i.file} → ${i.field}: ${i.message}`);
  const frSarandos = 'content/translations/fr/references/societe-sarandos-2025-05-18.yaml';
  const esLider = 'content/translations/es/references/lider919-jalisco-netflix.yaml';
  const esRate = 'content/translations/es/rates/eur-mxn-2025-06-02.yaml';
  const esVallarta = 'content/translations/es/references/vallarta-daily-2025-07-14.yaml';
  const frTeller = 'content/translations/fr/references/tellerreport-2022-10-12.yaml';
  const frBindext = 'content/translations/fr/references/bindext-2025-10-08.yaml';

  it('our French and Spanish translations keep every number, month, name and quoted word', () => expect(issues(own)).toEqual([]));

  it.each([
    [
      'a number removed from a verdict',
      edited((d) => (d.verdicts.money.finding = d.verdicts.money.finding.replace('environ 3 millions de pesos', 'quelques millions de pesos'))),
      `${path} → verdicts.money.finding: gives “quelques millions” = 1,000,000 where the original gives “3 million pesos” = about 3,000,000 in MXN/ARS/CLP…`,
    ],
    [
      'a date changed in a verdict',
      edited((d) => (d.verdicts.timeline.finding = d.verdicts.timeline.finding.replace('12 juillet 2025', '12 juin 2025'))),
      `${path} → verdicts.timeline.finding: gives “12 juin 2025” = 12 June 2025 where the original gives “12 July 2025” = 12 July 2025`,
    ],
    [
      'a year changed in the conclusion',
      edited((d) => (d.conclusion = d.conclusion.replace('2021–2024', '2021–2025'))),
      `${path} → conclusion: gives “2025” = 2025 where the original gives “2024” = 2024`,
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
        (b) => b.replace('«\u00a0environ\u00a0»', '«\u00a0about\u00a0»'),
      ),
      `${path} → (body) paragraph 2: drops the report’s words “environ”`,
    ],
    [
      'a figure changed in an article’s note',
      edited((d) => (d.facts['national-spend'].what += ' (250 millions)'), undefined, frMarseille),
      `${frMarseille} → facts.national-spend.what: gives “250 millions” = 250,000,000, which the original does not give`,
    ],
    [
      'a date changed in an inference’s basis',
      edited((d) => (d.facts.launch.basis = d.facts.launch.basis.replace('12 de julio', '12 de junio')), undefined, esJalisco),
      `${esJalisco} → facts.launch.basis: gives “12 de junio de 2025” = 12 June 2025 where the original gives “12 July 2025” = 12 July 2025`,
    ],
    [
      'a claim check’s words left out',
      edited((d) => delete d.facts['claim-jobs'].checks['societe-sarandos-2025-05-18 value'].finding, undefined, frMarseille),
      `${frMarseille} → facts.claim-jobs.checks.societe-sarandos-2025-05-18 value.finding: missing: translate “no job figure`,
    ],
    [
      'a check keyed by position',
      edited((d) => (d.facts['claim-jobs'].checks = { '0': { says: 'x' } }), undefined, frMarseille),
      `${frMarseille} → facts.claim-jobs.checks.0: the claim has no check of this reference and aspect`,
    ],
    [
      'a gloss with another number than its passage (English passage, no English gloss)',
      edited((d) => (d.facts['jobs-total'].gloss = d.facts['jobs-total'].gloss.replace('25\u202f000', '20\u202f000')), undefined, frMarseille),
      // The message quotes the gloss's words with its no-break spaces read as spaces.
      `${frMarseille} → facts.jobs-total.gloss: gives “20 000 emplois” = more-than 20,000 jobs cumulative where the original gives “25,000 jobs” = more-than 25,000 jobs cumulative`,
    ],
    [
      'a passage left without our translation where the report is in another language',
      edited((d) => delete d.facts['hub-companies'].gloss, undefined, esJalisco),
      `${esJalisco} → facts.hub-companies.gloss: missing: the report is not in es`,
    ],
    [
      'a gloss where the passage is in the reader’s language',
      edited((d) => (d.facts['hub-companies'].gloss = 'Cet espace accueillera 15 entreprises.'), undefined, frJalisco),
      `${frJalisco} → facts.hub-companies.gloss: the passage is in fr already`,
    ],
    [
      'a name of the report’s data dropped',
      edited(
        (d) => (d.facts['digital-creative-city-trust'].does = d.facts['digital-creative-city-trust'].does.replace('Alfredo Aceves', 'un responsable')),
        undefined,
        frJalisco,
      ),
      `${frJalisco} → facts.digital-creative-city-trust.does: drops the name “Alfredo Aceves”`,
    ],
    [
      'a fact the article does not have',
      edited((d) => (d.facts['no-such-fact'] = { what: 'x' }), undefined, frJalisco),
      `${frJalisco} → facts.no-such-fact: the article has no fact with this id`,
    ],
    ['a source note left out', edited((d) => d.source.notes.pop(), undefined, frJalisco), `${frJalisco} → source.notes: has 2 notes where the original has 3`],
    [
      'a date changed in a reference’s label',
      edited((d) => (d.label = d.label.replace('8 octobre 2025', '8 mars 2025')), undefined, frBindext),
      `${frBindext} → label: gives “8 mars 2025” = 8 March 2025 where the original gives “8 October 2025” = 8 October 2025`,
    ],
    [
      'a number dropped from a reference’s label',
      edited((d) => (d.label = d.label.replace('250 millions d’euros', 'des millions d’euros')), undefined, frSarandos),
      `${frSarandos} → label: gives “des millions” = 1,000,000 per-year where the original gives “250 million euros” = 250,000,000 EUR per-year`,
    ],
    [
      'a reference’s publisher dropped from its label',
      edited((d) => (d.label = d.label.replace('Vallarta Daily', 'un diario')), undefined, esVallarta),
      `${esVallarta} → label: drops the name “Vallarta Daily”`,
    ],
    [
      'a reference’s date note left out',
      edited((d) => delete d.dateNote, undefined, esLider),
      `${esLider} → dateNote: missing: translate “the page shows no date”`,
    ],
    [
      'a date note the reference does not have',
      edited((d) => (d.dateNote = 'publié en 2022'), undefined, frTeller),
      `${frTeller} → dateNote: the original has no such text: remove it`,
    ],
    [
      'a month changed in why a rate was chosen',
      edited((d) => (d.why = d.why.replace('julio de 2025', 'junio de 2025')), undefined, esRate),
      `${esRate} → why: gives “junio de 2025” = June 2025 where the original gives “July 2025” = July 2025`,
    ],
    // A figure keeps what its original says of it (each case passed when only bare numbers were compared).
    [
      'a currency changed beside the right number',
      edited((d) => (d.verdicts.money.short = d.verdicts.money.short.replace('de pesos', 'd’euros'))),
      `${path} → verdicts.money.short: gives “3 millions d'euros” = about 3,000,000 EUR where the original gives “3m pesos” = about 3,000,000 in MXN/ARS/CLP…`,
    ],
    [
      'a hedge of another class',
      edited((d) => (d.verdicts.money.short = d.verdicts.money.short.replace('environ', 'au moins'))),
      `${path} → verdicts.money.short: gives “3 millions de pesos” = at-least 3,000,000`,
    ],
    [
      'a yearly figure made a total',
      edited((d) => (d.verdicts.money.why = d.verdicts.money.why.replace('par an', 'au total'))),
      `${path} → verdicts.money.why: gives “250 millions d'euros” = 250,000,000 EUR cumulative where the original gives “250 million euros” = 250,000,000 EUR per-year`,
    ],
    [
      'the numbers of two pairs swapped',
      edited((d) => (d.verdicts.sourcing.short = '0 chiffres attribués sur 4, contre 4 sur 9')),
      `${path} → verdicts.sourcing.short: gives “0” = 0 where the original gives “4” = 4`,
    ],
    [
      'weeks made months',
      edited((d) => (d.verdicts.timeline.finding = d.verdicts.timeline.finding.replace('semaines', 'mois'))),
      `${path} → verdicts.timeline.finding: gives “8 mois” = about 8 months where the original gives “8 weeks” = about 8 weeks`,
    ],
    [
      'the days of two dates swapped',
      edited((d) => (d.verdicts.timeline.finding = d.verdicts.timeline.finding.replace('le 19 mai', 'le 12 mai').replace('le 12 juillet', 'le 19 juillet'))),
      `${path} → verdicts.timeline.finding: gives “12 mai” = 12 May where the original gives “19 May” = 19 May`,
    ],
    [
      'a unit changed in a gloss',
      edited((d) => (d.facts['new-building-area'].gloss = d.facts['new-building-area'].gloss.replace('metros cuadrados', 'hectáreas')), undefined, esJalisco),
      `${esJalisco} → facts.new-building-area.gloss: gives “11.000” = 11,000 where the original gives “11,000-square-metre” = 11,000 square-metres`,
    ],
    [
      'a hedge and a period invented in a gloss',
      edited(
        (d) =>
          (d.facts['netflix-contribution'].gloss = d.facts['netflix-contribution'].gloss.replace(
            'unos tres millones de pesos',
            'exactamente tres millones de pesos al año',
          )),
        undefined,
        esJalisco,
      ),
      `${esJalisco} → facts.netflix-contribution.gloss: gives “tres millones de pesos” = 3,000,000 in MXN/ARS/CLP… per-year where the original gives “three million pesos” = about 3,000,000 in MXN/ARS/CLP…`,
    ],
    [
      'a horizon made yearly',
      edited(
        (d) => (d.facts['economic-contribution'].gloss = d.facts['economic-contribution'].gloss.replace('para 2025', 'al año desde 2025')),
        undefined,
        esMarseille,
      ),
      `${esMarseille} → facts.economic-contribution.gloss: gives “25.000 empleos” = about 25,000 jobs per-year where the original gives “25,000 jobs” = about 25,000 jobs:`,
    ],
    [
      'small counts in words changed',
      edited(
        (d) => (d.facts.netflix.does = d.facts.netflix.does.replace('dos proyectos', 'tres proyectos').replace('cuatro clips', 'doce clips')),
        undefined,
        esMarseille,
      ),
      `${esMarseille} → facts.netflix.does: gives “tres proyectos” = 3 projects where the original gives “two projects” = 2 projects`,
    ],
    [
      'a person the original does not name',
      edited(
        (d) => (d.facts['netflix-contribution'].gloss = d.facts['netflix-contribution'].gloss.replace('Tavares', 'Pierre Vandoorne')),
        undefined,
        esJalisco,
      ),
      `${esJalisco} → facts.netflix-contribution.gloss: names “Pierre Vandoorne”, whom its original does not name`,
    ],
    [
      'a person the original names, dropped (another made the estimate’s author)',
      edited(
        (d) => (d.facts['netflix-contribution'].gloss = d.facts['netflix-contribution'].gloss.replace('Tavares calculó', 'Netflix calculó')),
        undefined,
        esJalisco,
      ),
      `${esJalisco} → facts.netflix-contribution.gloss: drops “Alejandro Tavares”, whom its original names`,
    ],
    [
      'two people swapped between the figures they state',
      edited(
        (d) =>
          (d.verdicts.sourcing.why = d.verdicts.sourcing.why
            .replace('(Alfredo Aceves)', '(X)')
            .replace('(Carlos Bañuelos)', '(Alfredo Aceves)')
            .replace('(X)', '(Carlos Bañuelos)')),
      ),
      `${path} → verdicts.sourcing.why: names “Carlos Bañuelos” beside “15 entreprises”, which no fact this rests on gives as theirs`,
    ],
    [
      'words quoted that the original does not quote',
      edited((d) => (d.verdicts.money.finding = d.verdicts.money.finding.replace('estimation', '(“30 millions”) estimation'))),
      `${path} → verdicts.money.finding: shows “30 millions” in quotation marks, which its original does not quote`,
    ],
    [
      'words quoted with other marks (corner brackets)',
      edited((d) => (d.verdicts.money.finding = d.verdicts.money.finding.replace('estimation', '「30 millions」 estimation'))),
      `${path} → verdicts.money.finding: shows “30 millions” in quotation marks`,
    ],
    [
      'a blockquote added as a paragraph of its own',
      edited(
        () => {},
        (b) => `${b.trimEnd()}\n\n> Netflix créera à Marseille plus de 25 000 emplois d'ici 2025\n`,
      ),
      `${path} → (body): has 5 paragraphs where the original has 4`,
    ],
    [
      'a paragraph made a blockquote',
      edited(
        () => {},
        (b) => b.replace('Les montants mesurent', '> Les montants mesurent'),
      ),
      `${path} → (body) paragraph 4: is a blockquote where the original paragraph is not`,
    ],
    [
      'a source named in a rate’s kind that its original does not name',
      edited((d) => (d.kind = 'tipo de referencia oficial del BCE del día del lanzamiento'), undefined, esRate),
      `${esRate} → kind: names “BCE”, which its original does not`,
    ],
    [
      'a news report made a company’s release',
      edited(
        (d) =>
          (d.label =
            'Comunicado oficial de Netflix, retomado por Vallarta Daily, sobre la capacitación en cine de Jalisco y los Ariel Awards en Puerto Vallarta'),
        undefined,
        esVallarta,
      ),
      `${esVallarta} → label: names “Netflix”, “Vallarta Daily”, “Ariel Awards” where its original names “Vallarta Daily”, “Netflix”, “Ariel Awards”, in that order`,
    ],
    [
      'a rate’s translation marked pending',
      edited((d) => (delete d.kind, delete d.why, (d.pending = true)), undefined, esRate),
      `${esRate} → pending: rates are translated`,
    ],
  ])('fails on %s, naming file → field', (_what, found, message) => {
    expect(issues(found).join('\n')).toContain(message);
  });
});

describe('quotations, blockquotes, people and sources in a translation', () => {
  const source = {
    data: { title: 'T', dek: 'D', conclusion: null, verdicts: [] },
    body: ['Our words.', '> The report’s words, quoted.'],
    names: ['Ana Lima'],
    people: ['Ana Lima'],
  };
  const body = (translated: string[]) =>
    comparisonDrift(source, { translator: 'x', reviewed: null, title: 'T', dek: 'D', conclusion: null, verdicts: {}, body: translated }, 'en', 'fr');

  it('keeps the original’s blockquote as it is, and makes no other paragraph one', () => {
    expect(body(['Nos mots.', '> The report’s words, quoted.'])).toEqual([]);
    expect(body(['Nos mots.', '> Les mots du rapport, cités.'])).toEqual([
      { field: '(body) paragraph 2', message: expect.stringContaining('is the original’s blockquote, the report’s words: copy it exactly') },
    ]);
    expect(body(['> Nos mots.', '> The report’s words, quoted.'])).toEqual([
      { field: '(body) paragraph 1', message: expect.stringContaining('is a blockquote where the original paragraph is not') },
    ]);
  });

  it.each([
    ['quotes in straight double quotes', 'Our note.', 'Notre note, "30 millions".', 'shows “30 millions” in quotation marks'],
    ['quotes in low-9 marks', 'Our note.', 'Notre note, „30 millions“.', 'shows “30 millions” in quotation marks'],
    ['a surname the original does not name', 'Our note.', 'Notre note, selon Lima.', 'names “Ana Lima”, whom its original does not name'],
    ['the same quote, other marks', 'As “environ” says.', 'Comme le dit « environ ».', null],
    ['a part of the original’s quote', 'As “environ trois millions” says.', 'Comme le disent « environ trois millions » et « environ ».', null],
  ])('%s', (_what, original, translated, message) => {
    const drift = driftOf(original, translated, 'en', 'fr', ['Ana Lima'], {}, false, ['Ana Lima']);
    if (message === null) expect(drift).toBeNull();
    else expect(drift).toContain(message);
  });

  it.each([
    [
      'a country in the edition’s language',
      'Mexico Daily Post: euro closing price on 2 June 2025 in Mexico',
      'Mexico Daily Post : cours de clôture de l’euro le 2 juin 2025 au Mexique',
      null,
    ],
    ['a body the original does not name', 'average closing rate', 'cours de référence officiel de la BCE', 'names “BCE”, which its original does not'],
    [
      'an organisation made the source',
      'Vallarta Daily report on the Jalisco–Netflix training',
      'Communiqué de Netflix repris par Vallarta Daily sur la formation de Jalisco',
      'names “Netflix”, “Vallarta Daily” where its original names “Vallarta Daily”, “Netflix”',
    ],
  ])('a source’s label or kind: %s', (_what, original, translated, message) => {
    const drift = provenanceDrift(original, translated, 'fr', ['Netflix', 'Vallarta Daily', 'Mexico Daily Post']);
    if (message === null) expect(drift).toBeNull();
    else expect(drift).toContain(message);
  });
});

describe('months read as each language writes them', () => {
  it.each([
    [
      'a place named after a month is no month',
      'Teller Report on the school at the Belle de Mai',
      'Article de Teller Report sur l’école de la Belle de Mai',
      null,
    ],
    ['a month opening a sentence is one', 'May, per the article; July launch inferred', 'Mai, selon l’article ; lancement en juillet déduit', null],
    [
      'a month changed is caught',
      'published 18 May 2025',
      'publié le 18 juin 2025',
      'gives “18 juin 2025” = 18 June 2025 where the original gives “18 May 2025” = 18 May 2025',
    ],
    [
      'a month dropped after a name is caught',
      'visit of 8 May 2025 at the Belle de Mai',
      'visite de 2025 à la Belle de Mai, le 8',
      'gives “2025” = 2025 where the original gives “8 May 2025” = 8 May 2025',
    ],
  ])('%s', (_what, original, translated, drift) => {
    expect(driftOf(original, translated, 'en', 'fr', [])?.replace(/: a translation gives .*/, '') ?? null).toBe(drift);
  });
});

describe('an article as a translated edition shows it', () => {
  const { files } = readContent(ROOT);
  const { valid } = checkedData(files);
  const articles = new Map([...valid.articles].map(([id, { data }]) => [id, data]));
  const { translations } = checkTranslations(
    readTranslationFiles(ROOT),
    ['en', 'fr', 'es'],
    { articles: [...articles.keys()], comparisons: [...valid.comparisons.keys()], references: [...valid.references.keys()], rates: [...valid.rates.keys()] },
    translationSources(valid),
    articles,
    {
      references: new Map([...valid.references].map(([id, { data }]) => [id, data])),
      rates: new Map([...valid.rates].map(([id, { data }]) => [id, data])),
    },
  );
  const shown = (lang: string, id: string) => localizeArticle(articles.get(id)!, translations.get(lang)!.get(`articles/${id}`) as Translation);

  it('names the data’s places and initiatives as the language writes them, and keeps proper names', () => {
    const fr = shown('fr', 'jalisco-lab');
    expect(fr.locations.find((l) => l.id === 'mexico')!.name).toBe('Ville de Mexico');
    expect(shown('es', 'netflix-marseille').initiative.name).toBe('Netflix en Marseille');
    expect(fr.people.map((p) => p.name)).toEqual(articles.get('jalisco-lab')!.people.map((p) => p.name));
  });

  it('shows a reference’s label and date note, and a rate’s kind and why, in our translation; every value as written', () => {
    const reference = valid.references.get('lider919-jalisco-netflix')!.data;
    const es = localizeReference(reference, translations.get('es')!.get('references/lider919-jalisco-netflix'));
    expect([es.label, es.dateNote]).toEqual([expect.stringMatching(/^Nota de lider919\.com/), 'la página no muestra ninguna fecha']);
    expect({ ...es, label: null, dateNote: null }).toEqual({ ...reference, label: null, dateNote: null });
    const rate = valid.rates.get('eur-mxn-2025-06-02')!.data;
    const fr = localizeRate(rate, translations.get('fr')!.get('rates/eur-mxn-2025-06-02'));
    expect(fr.kind).toBe('cours moyen de clôture');
    expect({ ...fr, kind: null, why: null }).toEqual({ ...rate, kind: null, why: null });
  });

  it('takes our words from the translation and keeps the report’s words and every value', () => {
    const original = articles.get('jalisco-lab')!;
    const es = shown('es', 'jalisco-lab');
    const amount = (a: typeof original) => a.amounts.find((x) => x.id === 'netflix-contribution')!;
    expect(amount(es).what).toMatch(/^La participación de Netflix/);
    expect(amount(es).gloss).toMatch(/unos tres millones de pesos/);
    // The report's words and the figure are the same data in every edition.
    expect({ ...amount(es), what: null, gloss: null, readings: null }).toEqual({ ...amount(original), what: null, gloss: null, readings: null });
    expect(es.source.headline).toBe(original.source.headline);
    expect(es.people.map((p) => [p.name, p.title])).toEqual(original.people.map((p) => [p.name, p.title]));
  });

  it('merges a claim’s checks by reference and aspect, their sources and findings unchanged', () => {
    const original = articles.get('netflix-marseille')!.claims.find((c) => c.id === 'claim-two-billion')!;
    const fr = shown('fr', 'netflix-marseille').claims.find((c) => c.id === 'claim-two-billion')!;
    expect(fr.checks.map((c) => [c.reference, c.aspect, c.finds])).toEqual(original.checks.map((c) => [c.reference, c.aspect, c.finds]));
    expect(fr.checks[1]!.finding).toBe('un chiffre de 2021–2024, pas une prévision');
  });

  it('drops a gloss of ours the edition does not give (a name already in the reader’s language)', () => {
    expect(articles.get('jalisco-lab')!.people[0]!.titleGloss).not.toBeNull();
    expect(shown('fr', 'jalisco-lab').people[0]!.titleGloss).toBeNull();
  });
});
