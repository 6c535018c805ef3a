/** Where a message's words meet a value it fills in, French and Spanish contract them; the value's own words stay. */
import { describe, expect, it } from 'vitest';
import { joinValues, markValue } from '../../src/lib/contractions.ts';
import { editions } from '../helpers/messages.ts';

const join = (before: string, value: string, after: string, lang: string) => joinValues(`${before}${markValue(value)}${after}`, lang);

describe('joinValues', () => {
  it.each([
    ['fr', 'selon l’estimation de ', 'Alejandro Tavares', '', 'selon l’estimation d’Alejandro Tavares'],
    ['fr', 'part de ', 'Ebrard', '', 'part d’Ebrard'],
    ['fr', 'De ', 'Úrzula Barba', '', 'D’Úrzula Barba'],
    ['fr', 'Aucun chiffre de ', 'argent pour l’initiative', '', 'Aucun chiffre d’argent pour l’initiative'],
    ['fr', 'Aucun chiffre de ', 'les dépenses d’une organisation', '', 'Aucun chiffre des dépenses d’une organisation'],
    ['fr', 'Aucun chiffre de ', 'le budget de l’initiative', '', 'Aucun chiffre du budget de l’initiative'],
    ['fr', 'Chaque fait de ', 'l’article', '', 'Chaque fait de l’article'],
    ['fr', 'ce ', 'que ', 'il dit', 'ce que il dit'], // a value is never rewritten inside (only where it meets the message)
    ['fr', 'plus ', 'que ', '', 'plus que '],
    ['fr', 'dit qu' + 'e ', 'elle', '', 'dit qu’elle'],
    ['fr', 'part de ', 'Harbour', '', 'part de Harbour'], // an h is left alone
    ['fr', 'part de ', 'La Fémis', '', 'part de La Fémis'],
    ['fr', 'grâce à ', 'le fonds', '', 'grâce au fonds'],
    ['fr', 'la somme de ', '2 millions', '', 'la somme de 2 millions'],
    ['fr', 'monde', ' et ', 'Alejandro', 'monde et Alejandro'],
    ['es', 'Ninguna cifra de ', 'el gasto de una organización', '', 'Ninguna cifra del gasto de una organización'],
    ['es', 'gracias a ', 'el fondo', '', 'gracias al fondo'],
    ['es', 'nota de ', 'El Informador', '', 'nota de El Informador'],
    ['es', 'aporte de ', 'Alejandro', '', 'aporte de Alejandro'],
    ['en', 'the estimate of ', 'Alejandro', '', 'the estimate of Alejandro'],
  ])('%s: “%s” + “%s”', (lang, before, value, after, expected) => {
    expect(join(before, value, after, lang)).toBe(expected);
  });

  it('leaves a text without values as it is, and removes every mark', () => {
    expect(joinValues('de Alejandro', 'fr')).toBe('de Alejandro');
    expect(join('', 'x', ' de ', 'fr')).toBe('x de ');
  });
});

describe('the catalogues contract where they fill in a value', () => {
  const fr = editions.get('fr')!;
  const es = editions.get('es')!;
  it.each([
    [fr.t('given.estimated', { who: 'Alejandro Tavares' }), 'selon l’estimation d’Alejandro Tavares'],
    [fr.t('card.noFigureOf', { measure: fr.t('measure.spending') }), 'Aucun chiffre des dépenses d’une organisation'],
    [fr.t('card.noFigureOf', { measure: fr.t('measure.budget') }), 'Aucun chiffre du budget de l’initiative'],
    [fr.t('card.dataTitle', { reports: fr.t('count.theReports', { count: 2 }) }), 'Chaque fait des deux articles, en CSV et JSON'],
    [es.t('card.noFigureOf', { measure: es.t('measure.spending') }), 'Sin cifra del gasto de una organización'],
    [es.t('card.noFigureOf', { measure: es.t('measure.budget') }), 'Sin cifra del presupuesto de la iniciativa'],
  ])('%s', (shown, expected) => expect(shown).toBe(expected));
});
