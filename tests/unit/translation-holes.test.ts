/** Honest translations the figure comparison reads as their originals, and the drifts it still refuses. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { readTranslationFiles } from '../../src/build/translation-files.ts';
import { checkedData } from '../../src/lib/content-check.ts';
import {
  articleDrift,
  articleTranslationSchema,
  bodyBlock,
  checkTranslations,
  driftOf,
  paragraphsOf,
  type TranslationSource,
} from '../../src/lib/translations.ts';
import { ROOT } from '../helpers/project.ts';
import type { Lang } from '../../src/lib/check/tokens.ts';
import { quotedSpans } from '../../src/lib/evidence-values.ts';
import { otherDigitIn } from '../../src/lib/text-rules.ts';

const drift = (original: string, translated: string, to: Lang) => driftOf(original, translated, 'en', to, []);

describe('honest translations are read as their originals', () => {
  it.each([
    ['a small count spelt out after “sur”', '4 of 4 figures attributed vs 0 of 9', 'quatre chiffres attribués sur quatre, contre zéro sur neuf', 'fr'],
    ['“neuf” after a number and a range word', '8 or 9 figures', 'huit ou neuf chiffres', 'fr'],
    [
      'a period naming years far after an unrelated figure',
      'names no source for its 9 figures and turns a 2021–2024 impact into a forecast',
      "ne nomme aucune source pour ses 9 chiffres et fait d'un impact de la période de 2021 à 2024 une prévision",
      'fr',
    ],
    [
      'the French “M” before “de” and a currency',
      'Tavares: about 3m pesos vs no project figure',
      'Tavares : environ 3 M de pesos, contre aucun chiffre par projet',
      'fr',
    ],
    ['the French “M” before “d’” and a currency', 'about 250m euros', "environ 250 M d'euros", 'fr'],
    [
      'a currency before the figure: what follows “vs” is not counted',
      'Tavares: about MXN 3m vs no project figure',
      'Tavares : environ 3 millions de pesos mexicains, contre aucun chiffre par projet',
      'fr',
    ],
    ['“frente a” stops what a figure counts', 'about 3m pesos vs no project figure', 'unos 3 millones de pesos frente a ninguna cifra por proyecto', 'es'],
  ] as const)('%s', (_what, original, translated, to) => expect(drift(original, translated, to)).toBeNull());
});

describe('the same rules still refuse a drift', () => {
  it.each([
    ['“neuf” alone stays “new”', 'a new school', 'une école neuf', null],
    ['a count changed after “sur”', '0 of 9', 'zéro sur huit', 'gives “huit” = 8 where the original gives “9” = 9'],
    [
      'a period right after a figure is its own',
      '250 million euros',
      '250 millions d’euros de 2021 à 2024',
      "gives “250 millions d'euros” = 250,000,000 EUR cumulative",
    ],
    ['a yearly period far after a figure is still its own', '250 million euros', '250 millions d’euros pour toute la production en France par an', 'per-year'],
    ['a bare “M” is no million without a currency', 'about 3m pesos', 'environ 3 M de personnes', 'gives “3” = about 3 where the original gives “3m pesos”'],
    ['what a figure counts, with no currency before it', 'about 3 projects', 'environ 3 cours', 'gives “3 cours” = about 3 courses'],
  ] as const)('%s', (_what, original, translated, message) => {
    const found = drift(original, translated, 'fr');
    if (message === null) expect(found).toBeNull();
    else expect(found).toContain(message);
  });

  it.each([
    [
      'a negation the original does not have',
      'Tavares: about 3m pesos',
      'Tavares ne dit pas environ 3 millions de pesos',
      'fr',
      'negates “3 millions de pesos”',
    ],
    ['a negation kept', 'will not create 25,000 jobs', 'ne créera pas 25 000 emplois', 'fr', null],
    ['a negation dropped', 'will not create 25,000 jobs', 'créera 25 000 emplois', 'fr', 'states “25 000 emplois”'],
    ['a negation that governs another word', 'names no source for its 9 figures', "n'en nomme aucune pour ses 9 chiffres", 'fr', null],
    ['a negation before a bracket’s end', 'unattributed), on two projects', "n'est pas attribuée), sur deux projets", 'fr', null],
    ['“un plancher de”', '250 million euros', "un plancher de 250 millions d'euros", 'fr', 'at-least 250,000,000 EUR'],
    ['“un mínimo de”', '250 million euros', 'un mínimo de 250 millones de euros', 'es', 'at-least 250,000,000 EUR'],
    ['“un tope de”', '250 million euros', 'un tope de 250 millones de euros', 'es', 'up-to 250,000,000 EUR'],
    ['“un plafond de”', '250 million euros', "un plafond de 250 millions d'euros", 'fr', 'up-to 250,000,000 EUR'],
    ['“a cap of”', '250 millions d’euros', 'a cap of 250 million euros', 'en', 'up-to 250,000,000 EUR'],
    ['a period adjective before the figure', 'Netflix’s share: about 3m pesos', 'la part annuelle de Netflix : environ 3 millions de pesos', 'fr', 'per-year'],
    ['a period adjective before the figure (ES)', 'Netflix’s share: about 3m pesos', 'el aporte mensual de Netflix: unos 3 millones de pesos', 'es', 'other'],
    ['a period in brackets after the figure', 'about 3m pesos', 'environ 3 millions de pesos (versés chaque mois)', 'fr', 'other'],
    ['a period between dashes', 'about 3m pesos', 'unos 3 millones de pesos —pagados cada mes—', 'es', 'other'],
    ['a period opening the sentence', 'About 3m pesos.', 'Par an, environ 3 millions de pesos.', 'fr', 'per-year'],
    ['a period nearer another figure stays that one’s', '2 projects and 250 million euros a year', '2 projets et 250 millions d’euros par an', 'fr', null],
    ['“rozando los”', '250 million euros', 'rozando los 250 millones de euros', 'es', 'nearly 250,000,000 EUR'],
    ['“apenas”', '25,000 jobs', 'apenas 25.000 empleos', 'es', 'nearly 25,000 jobs'],
    ['“largo” after the figure', '250 million euros', '250 millones de euros largos', 'es', 'more-than 250,000,000 EUR'],
    ['“y pico”', '25,000 jobs', '25.000 y pico empleos', 'es', 'more-than 25,000'],
    ['“pasadas las”', '25,000 jobs', 'pasadas las 25.000 empleos', 'es', 'more-than 25,000 jobs'],
    ['“north of”', '250 millions d’euros', 'north of 250 million euros', 'en', 'more-than 250,000,000 EUR'],
    ['“a good”', '250 millions d’euros', 'a good 250 million euros', 'en', 'at-least 250,000,000 EUR'],
    ['“shy of”', '250 millions d’euros', 'shy of 250 million euros', 'en', 'nearly 250,000,000 EUR'],
    ['“-odd”', '15 entreprises', '15-odd companies', 'en', 'more-than 15 companies'],
    ['“grosso modo” for an exact figure', '25,000 jobs', 'grosso modo 25 000 emplois', 'fr', 'about 25,000 jobs'],
    ['“en dollars” after pesos', 'about 3m pesos', 'environ 3 millions de pesos en dollars', 'fr', 'about 3,000,000 in USD/AUD/CAD…'],
    ['“en dólares”', 'about 3m pesos', 'unos 3 millones de pesos en dólares', 'es', 'in USD/AUD/CAD…'],
    ['“(en dólares)”', 'about 3m pesos', 'unos 3 millones de pesos (en dólares)', 'es', 'in USD/AUD/CAD…'],
    ['“pesos oro”', 'about 3m pesos', 'unos 3 millones de pesos oro', 'es', 'an unlisted currency'],
    ['“pesos-or”', 'about 3m pesos', 'environ 3 millions de pesos-or', 'fr', 'an unlisted currency'],
    ['“pesos convertibles”', 'about 3m pesos', 'unos 3 millones de pesos cubanos convertibles', 'es', 'an unlisted currency'],
    ['pesos, then what it is set against', 'about 3m pesos vs no project figure', 'unos 3 millones de pesos frente a ninguna cifra por proyecto', 'es', null],
    ['pesos, then a conjunction', 'about 3m pesos and a school', 'environ 3 millions de pesos et une école', 'fr', null],
    ['“le quadruple”', 'the state’s contribution', "le quadruple de l'apport de l'État", 'fr', '“le quadruple” = 4'],
    ['“el cuádruple”', 'the state’s contribution', 'el cuádruple de lo que pone el estado', 'es', '“el cuádruple” = 4'],
    ['“fourfold”', 'l’apport de l’État', 'fourfold the state’s contribution', 'en', '“fourfold” = 4'],
    ['“un cuarto”', 'the state’s contribution', 'un cuarto de lo que pone el estado', 'es', '“un cuarto” = 0.25'],
    ['“medio millón”', 'more than the state', 'medio millón más que el estado', 'es', '“medio millón” = 500,000'],
    ['“un demi-million”', 'more than the state', 'un demi-million de plus', 'fr', '“un demi-million” = 500,000'],
    ['“un par de”', 'universities', 'un par de universidades', 'es', '“un par de” = 2'],
    ['“des millions”', 'money from the state', "des millions d'euros de l'État", 'fr', '“des millions” = 1,000,000'],
    ['“quelques milliards”', 'money', "quelques milliards d'euros", 'fr', '“quelques milliards” = 1,000,000,000'],
    ['a Roman numeral before a lower-case word', 'pupils', 'XII élèves', 'fr', '“XII” = 12'],
    ['a Roman numeral after a name is no count', 'Louis XII era', 'époque de Louis XII', 'fr', null],
    ['“le lendemain du”', 'on 12 July 2025', 'le lendemain du 12 juillet 2025', 'fr', '= day after 12 July 2025'],
    ['“el día siguiente al”', 'on 12 July', 'el día siguiente al 12 de julio', 'es', '= day after 12 July'],
    ['“fin mai”', 'in May 2025', 'fin mai 2025', 'fr', '= late May 2025'],
    ['a relative day kept', 'the day after 12 July 2025', 'le lendemain du 12 juillet 2025', 'fr', null],
    ['a part of a month kept', 'in late May 2025', 'a finales de mayo de 2025', 'es', null],
  ] as const)('%s', (_what, original, translated, to, message) => {
    const found = driftOf(original, translated, to === 'en' ? 'fr' : 'en', to, []);
    if (message === null) expect(found).toBeNull();
    else expect(found).toContain(message);
  });

  it('refuses number letters as it refuses other digits (“Ⅻ secteurs”)', () => {
    expect(otherDigitIn('Ⅻ secteurs')).toContain('(U+216B)');
    expect(otherDigitIn('12 secteurs')).toBeNull();
  });

  it('says which words keep a hedge when a translation changes it (“cerca de” is “nearly”)', () => {
    expect(drift('about 3m pesos', 'cerca de 3 millones de pesos', 'es')).toContain(
      'gives “3 millones de pesos” = nearly 3,000,000 in MXN/ARS/CLP… where the original gives “3m pesos” = about 3,000,000 in MXN/ARS/CLP… (for “about” write “unos” or “alrededor de”)',
    );
    expect(drift('about 3m pesos', 'unos 3 millones de pesos', 'es')).toBeNull();
  });
});

describe('a translated comparison body', () => {
  const file = 'content/translations/fr/comparisons/c.mdx';
  const source: TranslationSource = {
    data: { title: 'T', dek: 'D', conclusion: null, verdicts: [] },
    body: paragraphsOf('Our words on 25,000 jobs.\n\n> The report’s words,\n> quoted.'),
    names: ['Ana Lima'],
    people: ['Ana Lima'],
  };
  const issues = (body: string) =>
    checkTranslations(
      new Map([[file, { data: { translator: 'x', title: 'T', dek: 'D', verdicts: {} }, body }]]),
      ['en', 'fr'],
      { comparisons: ['c'] },
      new Map([['c', source]]),
    ).issues.map((i) => `${i.field}: ${i.message}`);

  it('passes when it translates our words and copies the original’s blockquote', () => {
    expect(issues('Nos mots sur 25 000 emplois.\n\n> The report’s words,\n> quoted.')).toEqual([]);
  });

  it.each([
    ['a bidi override', 'Nos mots sur \u202e25 000 emplois\u202c.', 'contains a bidi control character'],
    ['a zero-width space', 'Nos mots sur 25\u200b000 emplois.', 'contains an invisible character (U+200B)'],
    ['a byte-order mark inside a word', 'Nos mo\ufeffts sur 25 000 emplois.', 'contains an invisible character (U+FEFF)'],
    ['an interlinear annotation mark', 'Nos mots sur 25\ufff9 000 emplois.', 'invisible format or separator character'],
    ['a line separator', 'Nos mots\u2028sur 25 000 emplois.', 'invisible format or separator character'],
    ['a named character reference', 'Nos mots sur 25 000 emplois, &laquo; dit-il &raquo;.', 'writes the character reference “&laquo;”'],
    ['a hexadecimal character reference', 'Nos mots sur 25 000 emplois &#xAB;.', 'writes the character reference “&#xAB;”'],
    ['a blockquote line inside our words', 'Nos mots, ainsi :\n> sur 25 000 emplois.', 'line 2 of the paragraph opens with “>”'],
    ['a blockquote in a list item', '- > Nos mots sur 25 000 emplois.', 'line 1 of the paragraph opens with “>”'],
  ])('refuses %s, naming the paragraph', (_what, first, message) => {
    const found = issues(`${first}\n\n> The report’s words,\n> quoted.`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\(body\) paragraph 1: /);
    expect(found[0]).toContain(message);
  });

  it('shows the original’s blockquote as a quotation without its markers, any other paragraph as text', () => {
    expect(paragraphsOf('Nos mots.\n\n> The report’s words,\n>  quoted.').map(bodyBlock)).toEqual([
      { quote: false, text: 'Nos mots.' },
      { quote: true, text: 'The report’s words, quoted.' },
    ]);
  });
});

describe('marks that look like double quotes are quotation marks', () => {
  it.each([
    ['modifier letter double prime', 'ʺ', 'ʺ'],
    ['modifier letter double acute', '˝', '˝'],
    ['modifier letter double apostrophe', 'ˮ', 'ˮ'],
    ['Hebrew gershayim', '״', '״'],
    ['ditto mark', '〃', '〃'],
    ['prime', '′', '′'],
    ['reversed double prime with triple prime', '‶', '‴'],
    ['reversed prime with reversed triple prime', '‵', '‷'],
  ])('%s', (_what, open, close) => {
    expect(quotedSpans(`The director said ${open}not a single peso more${close}.`)).toEqual(['not a single peso more']);
    expect(driftOf('The director summed it up.', `Le directeur a résumé : ${open}pas un peso de plus${close}.`, 'en', 'fr', [])).toContain(
      'shows “pas un peso de plus” in quotation marks, which its original does not quote',
    );
  });
});

describe('a name as a translated edition writes it', () => {
  const { valid } = checkedData(readContent(ROOT).files);
  const article = valid.articles.get('jalisco-lab')!.data;
  const found = readTranslationFiles(ROOT).get('content/translations/es/articles/jalisco-lab.yaml') as { data: unknown };
  const names = (extra: Record<string, string>) => {
    const translation = articleTranslationSchema.parse(found.data);
    return articleDrift(article, { ...translation, names: { ...translation.names, ...extra } }, 'en', 'es')
      .filter((i) => i.field.startsWith('names.'))
      .map((i) => `${i.field}: ${i.message}`);
  };

  it.each([
    ['a city whose common noun is translated', { 'Mexico City': 'Ciudad de México' }],
    ['a commission’s common noun translated, its proper name kept', { 'Commission du film de Jalisco (Filma)': 'Comisión de Cine de Jalisco (Filma)' }],
    ['an accent added', { 'Puerto Vallarta': 'Puerto Vallárta' }],
  ])('keeps %s', (_what, extra) => expect(names(extra)).toEqual([]));

  it.each([
    ['a person renamed', { 'Alejandro Tavares': 'Pierre Vandoorne' }, 'names.Alejandro Tavares: is a person’s name'],
    ['a person’s name at all', { 'Alejandro Tavares': 'Alejandro Tavares' }, 'names.Alejandro Tavares: is a person’s name'],
    ['a place replaced', { 'Puerto Vallarta': 'Cancún' }, 'names.Puerto Vallarta: drops “Puerto” of the name'],
    ['an institution replaced', { Netflix: 'Televisa' }, 'names.Netflix: drops “Netflix” of the name'],
    ['a city replaced, its common noun kept', { 'Mexico City': 'Ciudad de Guadalajara' }, 'names.Mexico City: drops “Mexico” of the name'],
  ])('refuses %s', (_what, extra, message) => {
    const found = names(extra);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });
});

describe('periods, currencies, counts, ratios, hedges and weekdays a translation may not change', () => {
  it.each([
    ['a monthly period', 'about 3m pesos', 'environ 3 millions de pesos par mois', 'fr', 'about 3,000,000 in MXN/ARS/CLP… other'],
    ['“mensuales”', 'about 3m pesos', 'unos 3 millones de pesos mensuales', 'es', 'other'],
    ['“al mes”', '250 million euros per year', '250 millones de euros al mes', 'es', 'other where the original gives'],
    ['a semester', 'more than 50 free courses', 'más de 50 cursos gratuitos cada semestre', 'es', 'other'],
    ['Uruguayan pesos', 'about 3m pesos', 'unos 3 millones de pesos uruguayos', 'es', '= about 3,000,000 UYU'],
    ['Cuban pesos', 'about 3m pesos', 'environ 3 millions de pesos cubains', 'fr', '= about 3,000,000 CUP'],
    ['four dozen', 'four end-of-year clips', "quatre douzaines de clips de fin d'année", 'fr', '“douzaines de clips” = 12 clips'],
    ['a score of companies', '15 companies', "une vingtaine d'entreprises", 'fr', "“vingtaine d'entreprises” = 20 companies"],
    ['a hundred pupils added', 'a school', "une école pour une centaine d'élèves", 'fr', '“centaine” = 100, which the original does not give'],
    ['thousands of jobs added', 'two projects', 'dos proyectos y miles de empleos', 'es', '“miles de empleos” = 1,000 jobs'],
    ['a ratio added', 'about 3m pesos', "environ 3 millions de pesos, soit le double de l'apport de l'État", 'fr', '“le double” = 2'],
    ['a half added', 'about 3m pesos', 'unos 3 millones de pesos, la mitad de lo que pone el estado', 'es', '“mitad” = 0.5'],
    ['half a week added', 'about 8 weeks', 'environ 8 semaines et demie', 'fr', '“et demie” = 0.5'],
    ['a hedge after the period', '250 million euros per year', "250 millions d'euros par an au minimum", 'fr', 'at-least 250,000,000 EUR per-year'],
    ['a hedge after a comma', '250 million euros per year', "250 millions d'euros par an, au bas mot", 'fr', 'at-least'],
    ['“como poco”', '250 million euros per year', 'como poco 250 millones de euros al año', 'es', 'at-least'],
    ['“como mínimo” after the period and a comma', '250 million euros per year', '250 millones de euros al año, como mínimo, para', 'es', 'at-least'],
  ] as const)('refuses %s', (_what, original, translated, to, message) => expect(drift(original, translated, to)).toContain(message));

  it.each([
    ['a dozen', 'a dozen courses', 'une douzaine de cours', 'fr'],
    ['a half', 'half of what the article describes', 'la moitié de ce que décrit l’article', 'fr'],
    ['a ratio in both', 'twice 3m pesos', 'el doble de 3 millones de pesos', 'es'],
    ['a clause after the period', '250 million euros per year, for all productions', '250 millions d’euros par an, pour toutes les productions', 'fr'],
    ['a hedge before the next figure', '250 million euros per year, about 3m pesos', '250 millions d’euros par an, environ 3 millions de pesos', 'fr'],
    ['a yearly period', '250 million euros per year', '250 millones de euros anuales', 'es'],
    ['a score in both', 'a score of companies', "une vingtaine d'entreprises", 'fr'],
    ['“double” as an adjective', 'a dual role', 'un double rôle', 'fr'],
    ['a score as a noun', 'the sourcing score', 'la note des sources', 'fr'],
  ] as const)('keeps %s', (_what, original, translated, to) => expect(drift(original, translated, to)).toBeNull());

  it('reads a weekday alone in a gloss as a date', () => {
    const gloss = (translated: string) => driftOf('The programme launched this Saturday.', translated, 'en', 'es', [], {}, true);
    expect(gloss('El programa se lanzó este domingo.')).toContain('gives “domingo” = Sunday where the original gives “Saturday” = Saturday');
    expect(gloss('El programa se lanzó el domingo pasado.')).toContain('Sunday');
    expect(gloss('El programa se lanzó este sábado.')).toBeNull();
    expect(gloss('El programa se lanzó el sábado pasado.')).toBeNull();
    expect(gloss('El programa se lanzó el sábado anterior.')).toContain('= another week Saturday');
    expect(gloss('El programa se lanzó el sábado siguiente.')).toContain('= another week Saturday');
  });
});

describe('the original’s quotations, in their order', () => {
  const original = 'The text says “more than 25,000” jobs, the FAQ “approximately 25,000”.';
  it('keeps them in order', () => {
    expect(driftOf(original, 'Le texte dit « more than 25,000 » emplois, la FAQ « approximately 25,000 ».', 'en', 'fr', [])).toBeNull();
  });
  it('refuses them swapped', () => {
    expect(driftOf(original, 'Le texte dit « approximately 25,000 » emplois, la FAQ « more than 25,000 ».', 'en', 'fr', [])).toContain(
      'quotes the report’s words “approximately 25,000” out of their original’s order',
    );
  });
  it('places a quotation inside an earlier one', () => {
    expect(driftOf('As “environ trois millions” and “environ” say.', 'Comme le disent « environ trois millions » et « environ ».', 'en', 'fr', [])).toBeNull();
  });
});
