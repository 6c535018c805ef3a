/** The figures and dates of a free text (our translations, our glosses), each read with what qualifies it. */
import { describe, expect, it } from 'vitest';
import { describeFigure, figureDrift, figuresIn } from '../../src/lib/check/mentions.ts';
import type { Lang } from '../../src/lib/check/tokens.ts';

const read = (text: string, lang: Lang) => figuresIn(text, lang).map((f) => describeFigure(f).replace(/^“[^”]*” = /, ''));

describe('figuresIn: each number with its hedge, currency, unit and period, each date whole', () => {
  it.each([
    ['about 3m pesos', 'en', ['about 3,000,000 in MXN/ARS/CLP…']],
    ['environ 3 millions de pesos', 'fr', ['about 3,000,000 in MXN/ARS/CLP…']],
    ['unos tres millones de pesos', 'es', ['about 3,000,000 in MXN/ARS/CLP…']],
    ['250 millions d’euros par an', 'fr', ['250,000,000 EUR per-year']],
    ['250\u202f000\u202f000 euros', 'fr', ['250,000,000 EUR']],
    ['25\u00a0000 emplois et 1\u00a0500 m²', 'fr', ['25,000 jobs', '1,500 square-metres']],
    ['20.000 empleos', 'es', ['20,000 jobs']],
    ['more than 25,000 jobs by 2025', 'en', ['more-than 25,000 jobs cumulative', '2025']],
    ['para 2025 esta estrategia generará más de 25.000 empleos', 'es', ['2025', 'more-than 25,000 jobs cumulative']],
    ['a new 11,000-square-metre building', 'en', ['11,000 square-metres']],
    ['four end-of-year clips', 'en', ['4 clips']],
    ['two ambitious film projects', 'en', ['2 projects']],
    ['dos ambiciosos proyectos', 'es', ['2 projects']],
    ['about 8 weeks later', 'en', ['about 8 weeks']],
    ['environ 8 mois plus tard', 'fr', ['about 8 months']],
    ['4 of 4 figures attributed vs 0 of 9', 'en', ['4', '4', '0', '9']],
    ['le lundi 14 juillet 2025', 'fr', ['Monday 14 July 2025']],
    ['July 12, 2025 and 19 May', 'en', ['12 July 2025', '19 May']],
    ['el 12 de julio de 2025', 'es', ['12 July 2025']],
    ['the 8th edition', 'en', ['8']],
    ['la 8.ª edición', 'es', ['8']],
    ['2021–2024', 'fr', ['2021', '2024']],
    ['Both days', 'en', ['2 days']],
    ['Les deux jours', 'fr', ['2 days']],
    // Not read: article-like words, "neuf" (also "new"), "neither", a capitalised month in a name, a weekday alone.
    ['un seul chiffre, une école, a school, one figure, uno de los proyectos', 'fr', []],
    ['un bâtiment neuf', 'fr', []],
    ['aucun des deux articles, ninguna de las dos notas', 'fr', []],
    ['ninguna de las dos notas', 'es', []],
    ['à la Belle de Mai', 'fr', []],
    ['« ce samedi » (this Saturday), La Tribune Dimanche', 'fr', []],
  ] as const)('%j (%s)', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});

describe('figureDrift: a translation gives its original’s figures, in order, each as the original qualifies it', () => {
  const drift = (original: string, translated: string, to: Lang = 'fr') => figureDrift(figuresIn(original, 'en'), figuresIn(translated, to));
  it.each([
    ['about 3m pesos', 'environ 3 millions de pesos', 'fr'],
    ['about three million pesos', 'unos tres millones de pesos', 'es'],
    ['about 3m pesos', 'alrededor de 3 millones de pesos', 'es'],
    ['4 of 4 figures attributed vs 0 of 9', '4 chiffres attribués sur 4, contre 0 sur 9', 'fr'],
    ['5 of 6 relayed', '5 de 6 repetidas', 'es'],
    ['Both are set away from the capital', 'Les deux se situent loin de la capitale', 'fr'],
    ['neither report dates its own publication', 'aucun des deux articles ne date sa propre publication', 'fr'],
  ] as const)('accepts %j as %j', (original, translated, to) => expect(drift(original, translated, to)).toBeNull());

  it.each([
    ['about 3m pesos', 'environ 3 millions d’euros', "gives “3 millions d'euros” = about 3,000,000 EUR where the original gives “3m pesos”"],
    ['about 3m pesos', 'au moins 3 millions de pesos', 'at-least 3,000,000'],
    ['3m pesos', 'environ 3 millions de pesos', 'gives “3 millions de pesos” = about 3,000,000'],
    ['250 million euros a year', '250 millions d’euros au total', 'cumulative where the original gives “250 million euros” = 250,000,000 EUR per-year'],
    ['about 8 weeks later', 'environ 8 mois plus tard', '= about 8 months'],
    ['4 of 4 figures attributed vs 0 of 9', '0 chiffres attribués sur 4, contre 4 sur 9', 'gives “0” = 0 where the original gives “4” = 4'],
    ['19 May and 12 July 2025', 'le 12 mai et le 19 juillet 2025', 'gives “12 mai” = 12 May where the original gives “19 May” = 19 May'],
    ['two projects and four clips', 'trois projets et douze clips', 'gives “trois projets” = 3 projects'],
    [
      'a new 11,000 m² building',
      'un nouveau bâtiment de 11 000 hectares',
      'gives “11 000” = 11,000 where the original gives “11,000 m²” = 11,000 square-metres',
    ],
  ] as const)('refuses %j as %j', (original, translated, message) => expect(drift(original, translated)).toContain(message));
});
