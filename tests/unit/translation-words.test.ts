/** Honest wordings a translation may use for its original's hedge, rank, zero and place names (site.yaml's exonyms), and the drifts the same readings refuse. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { readSiteCopy } from '../../src/build/site-file.ts';
import { readTranslationFiles } from '../../src/build/translation-files.ts';
import { checkedData } from '../../src/lib/content-check.ts';
import type { Lang } from '../../src/lib/check/tokens.ts';
import { articleDrift, articleTranslationSchema, driftOf } from '../../src/lib/translations.ts';
import { ROOT } from '../helpers/project.ts';

const drift = (original: string, translated: string, to: Lang) => driftOf(original, translated, 'en', to, []);

describe('honest wordings read as their originals', () => {
  it.each([
    ['“más o menos” is “about”', 'about 3m pesos', 'más o menos 3 millones de pesos', 'es'],
    ['“grosso modo” is “about”', 'about 3m pesos', 'grosso modo 3 millions de pesos', 'fr'],
    ['“en gros” is “about”', 'about 3m pesos', 'en gros 3 millions de pesos', 'fr'],
    ['a rank in words (French)', 'the 8th edition of the summit', 'la huitième édition du sommet', 'fr'],
    ['a rank in words (Spanish)', 'the 8th edition of the summit', 'la octava edición de la cumbre', 'es'],
    ['“aucun sur 9” for “0 of 9”', '4 of 4 figures attributed vs 0 of 9', '4 chiffres attribués sur 4, contre aucun sur 9', 'fr'],
    ['“ninguna de 9” for “0 of 9”', '4 of 4 figures attributed vs 0 of 9', '4 de 4 cifras atribuidas, frente a ninguna de 9', 'es'],
    ['a denial kept', 'Tavares: about 3m pesos vs no project figure', 'Tavares : environ 3 millions de pesos, contre aucun chiffre par projet', 'fr'],
  ] as const)('%s', (_what, original, translated, to) => expect(drift(original, translated, to)).toBeNull());
});

describe('the same readings refuse a drift', () => {
  it.each([
    ['“grosso modo” for “exactly”', 'exactly 25,000', 'grosso modo 25 000', 'fr', 'gives “25 000” = about 25,000 where the original gives “25,000” = 25,000'],
    ['“más o menos” for an exact figure', '250 million euros', 'más o menos 250 millones de euros', 'es', 'about 250,000,000 EUR'],
    ['another rank in words', 'the 8th edition', 'la neuvième édition', 'fr', 'gives “neuvième” = 9 where the original gives “8th” = 8'],
    ['another count after the zero', '0 of 9', 'aucun sur 8', 'fr', 'gives “8” = 8 where the original gives “9” = 9'],
    ['a zero made a count', '0 of 9', 'un sur 9', 'fr', 'gives “9” = 9 where the original gives “0” = 0'],
    [
      '“none” made “one” (French)',
      'about 3m pesos vs no project figure',
      'environ 3 millions de pesos, contre un chiffre par projet',
      'fr',
      'drops the “no” or “not”',
    ],
    [
      '“none” made “one” (Spanish)',
      'about 3m pesos vs no project figure',
      'unos 3 millones de pesos; Marseille, una cifra por proyecto',
      'es',
      'drops the “no” or “not”',
    ],
    ['“none” made “one for each”', 'Marseille none for its projects.', 'Marseille un pour chacun de ses projets.', 'fr', 'drops the “no” or “not”'],
  ] as const)('%s', (_what, original, translated, to, message) => expect(drift(original, translated, to)).toContain(message));
});

describe('a place’s standard exonym', () => {
  const { valid } = checkedData(readContent(ROOT).files);
  const files = readTranslationFiles(ROOT);
  const site = readSiteCopy(ROOT);
  const exonyms = 'copy' in site ? site.copy.exonyms : [];
  const names = (id: string, lang: string, extra: Record<string, string>, listed = exonyms) => {
    const article = valid.articles.get(id)!.data;
    const found = files.get(`content/translations/${lang}/articles/${id}.yaml`) as { data: unknown };
    const translation = articleTranslationSchema.parse(found.data);
    return articleDrift(article, { ...translation, names: { ...translation.names, ...extra } }, 'en', lang, listed)
      .filter((i) => i.field.startsWith('names.'))
      .map((i) => `${i.field}: ${i.message}`);
  };

  it('accepts “Marsella” for Marseille and “Mexico” for Mexico City', () => {
    expect(names('netflix-marseille', 'es', { Marseille: 'Marsella' })).toEqual([]);
    expect(names('jalisco-lab', 'fr', { 'Mexico City': 'Mexico' })).toEqual([]);
  });

  it('refuses an exonym site.yaml does not list', () => {
    expect(names('netflix-marseille', 'es', { Marseille: 'Marsella' }, [])).toEqual([expect.stringContaining('names.Marseille: drops “Marseille”')]);
  });

  it('refuses another place’s exonym', () => {
    expect(names('netflix-marseille', 'es', { Marseille: 'Ciudad de México' })).toEqual([expect.stringContaining('names.Marseille: drops “Marseille”')]);
  });
});

describe('names and glosses add no words', () => {
  const { valid } = checkedData(readContent(ROOT).files);
  const files = readTranslationFiles(ROOT);
  const article = valid.articles.get('jalisco-lab')!.data;
  const translation = articleTranslationSchema.parse((files.get('content/translations/es/articles/jalisco-lab.yaml') as { data: unknown }).data);
  const issues = (names: Record<string, string>, facts: Record<string, Record<string, string>> = {}) => {
    const own = { ...translation.facts };
    for (const [id, words] of Object.entries(facts)) own[id] = { ...own[id], ...words };
    return articleDrift(article, { ...translation, names: { ...translation.names, ...names }, facts: own }, 'en', 'es').map((i) => `${i.field}: ${i.message}`);
  };

  it('passes the real names and glosses', () => expect(issues({})).toEqual([]));

  it.each([
    ['a common noun translated, a preposition added', { 'Ariel Awards': 'Premios Ariel' }],
    [
      'a nationality translated',
      { 'Académie mexicaine des arts et des sciences cinématographiques': 'Academia Mexicana de Artes y Ciencias Cinematográficas' },
    ],
  ])('keeps %s', (_what, names) => expect(issues(names)).toEqual([]));

  it.each([
    ['another institution beside the name', { Netflix: 'Televisa y Netflix' }, 'names.Netflix: adds “Televisa”'],
    ['another place beside the name', { 'Puerto Vallarta': 'Cancún (Puerto Vallarta)' }, 'names.Puerto Vallarta: adds “Cancún”'],
    ['a common noun the name lacks', { Jalisco: 'Ciudad de Jalisco' }, 'names.Jalisco: adds “Ciudad”'],
    ['an owner', { 'Digital Creative City Trust': 'Trust Digital Creativa Ciudad de Netflix' }, 'adds “Netflix”'],
    [
      'another nationality',
      { 'Académie mexicaine des arts et des sciences cinématographiques': 'Academia Estadounidense de Artes y Ciencias Cinematográficas' },
      'drops “mexicaine”',
    ],
  ])('refuses %s in `names`', (_what, names, message) => expect(issues(names)).toEqual([expect.stringContaining(message)]));

  it.each([
    ['a parent company', 'filma-jalisco', 'nameGloss', 'Comisión de Cine de Jalisco (Filma), filial de Netflix', 'adds “Netflix”'],
    ['an employer', 'alejandro-tavares', 'titleGloss', 'director de Filma Jalisco y empleado de Netflix', 'adds “Netflix”'],
    ['another nationality', 'academie-mexicaine', 'nameGloss', 'Academia Estadounidense de Artes y Ciencias Cinematográficas', 'adds “Estadounidense”'],
    ['a level the report does not give', 'ministere-tourisme', 'nameGloss', 'Secretaría de Turismo federal', 'adds “federal”'],
  ])('refuses %s in a gloss', (_what, id, key, gloss, message) => {
    expect(Object.keys(translation.facts)).toContain(id);
    expect(issues({}, { [id]: { [key]: gloss } })).toEqual([expect.stringContaining(`facts.${id}.${key}: ${message}`)]);
  });
});
