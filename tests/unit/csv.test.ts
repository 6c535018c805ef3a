import { describe, expect, it } from 'vitest';
import { csvCell, csvComment, toCsv } from '../../src/lib/csv.ts';
import { parseCsv } from '../helpers/csv.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+33 1 23', "'+33 1 23"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['=1,2', `"'=1,2"`],
    [42, '42'],
    [-1.5, '-1.5'],
    [null, ''],
    [undefined, ''],
    ['Cinémathèque « Française »', 'Cinémathèque « Française »'],
  ] as const)('%j → %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('refuses non-finite numbers', () => {
    expect(() => csvCell(Number.NaN)).toThrow();
  });
});

describe('toCsv / parseCsv', () => {
  it('writes CRLF rows that read back to the same cells', () => {
    const rows = [
      { a: 'x', b: 'line\r\nbreak, "quoted"' },
      { a: '', b: 'é' },
    ];
    const text = toCsv(['a', 'b'], rows);
    expect(text).toBe('a,b\r\nx,"line\r\nbreak, ""quoted"""\r\n,é\r\n');
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x', 'line\r\nbreak, "quoted"'],
      ['', 'é'],
    ]);
  });
});

describe('csvComment', () => {
  it('is one line starting with "# ", ended by CRLF, whatever the text holds', () => {
    expect(csvComment('Verification: 3 of 3')).toBe('# Verification: 3 of 3\r\n');
    expect(csvComment('two\r\nlines\n')).toBe('# two lines \r\n');
  });
});
