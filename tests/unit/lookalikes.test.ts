/** Look-alike letters and quotation marks in our fields, translations and glosses: refused, naming the character. */
import { describe, expect, it } from 'vitest';
import { text } from '../../src/schemas/common.ts';
import { lookalikeQuoteIn, mixedScriptIn } from '../../src/lib/text-rules.ts';
import { translatedBodyIssues } from '../../src/lib/translations.ts';

const problem = (s: string) => {
  const parsed = text.safeParse(s);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};

describe('a word mixing scripts', () => {
  it.each([
    ['Cyrillic а and о in a Latin name', 'Vаndооrne: unos 3 millones de pesos', '“а” (U+0430)'],
    ['a Cyrillic Т opening a Latin name', 'según Тavares', 'Cyrillic letter “Т” (U+0422)'],
    ['a Greek ο in a Latin word', 'Netflix prοduces', 'Greek letter “ο” (U+03BF)'],
    ['a Latin o in a Cyrillic word', 'Мoсква', 'Latin letter “o” (U+006F)'],
  ])('refuses %s', (_what, s, named) => {
    expect(mixedScriptIn(s)).toContain(named);
    expect(problem(s)).toContain(named);
    expect(translatedBodyIssues(`Un párrafo. ${s}`)[0]?.message).toContain(named);
  });

  it.each([
    ['plain Latin with accents', 'Cinémathèque française, Kourtrajmé'],
    ['a whole word in Cyrillic beside Latin words', 'the Moscow daily Известия reports'],
    ['a whole word in Greek', 'the word λόγος'],
  ])('accepts %s', (_what, s) => {
    expect(mixedScriptIn(s)).toBeNull();
    expect(problem(s)).toBeNull();
  });
});

describe('marks that look like quotation marks the check does not read', () => {
  it.each([
    ['ʻ…ʼ', 'ʻNot a single peso moreʼ', 'U+02BB'],
    ['˵…˶', '˵Not a single peso more˶', 'U+02F5'],
    ['´´…´´', '´´Not a single peso more´´', 'U+00B4'],
    ['ˊˊ…ˋˋ', 'ˊˊNot a single peso moreˋˋ', 'U+02CA'],
    ['ꞌꞌ…ꞌꞌ', 'ꞌꞌNot a single peso moreꞌꞌ', 'U+A78C'],
    ['❠…❞', '❠Not a single peso more❞', 'U+2760'],
    [",,…''", ",,Not a single peso more''", '“,,”'],
  ])('refuses %s', (_what, quote, named) => {
    const s = `The director summed it up: ${quote}.`;
    expect(lookalikeQuoteIn(s)).toContain(named);
    expect(problem(s)).toContain(named);
    expect(translatedBodyIssues(s)[0]?.message).toContain(named);
  });

  it.each([
    ['curly and straight quotes, guillemets', 'He said “more than 25,000” and « environ » and "about", Netflix’s and Netflix\'s'],
    ['ʻ and ʼ inside a word', 'Hawaiʻi and the Nuuchahnulth kiʼi'],
    ['one comma, then a space', 'Marseille, Jalisco, and Paris'],
  ])('accepts %s', (_what, s) => {
    expect(lookalikeQuoteIn(s)).toBeNull();
    expect(problem(s)).toBeNull();
  });
});
