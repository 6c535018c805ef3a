/**
 * CSV per RFC 4180: CRLF line ends, every field quoted when it holds a comma, quote, CR or LF
 * (or a semicolon or tab, which spreadsheets in many locales take as the separator),
 * quotes doubled. Text cells that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) get a leading apostrophe; numbers are written as numbers, untouched.
 */

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV`);
    return String(value);
  }
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A comment line before the header (`# text`, CRLF): one line, so a reader told to skip `#` lines skips it whole. */
export function csvComment(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}\r\n`;
}

/** A header row then one row per record, in the given column order; ends with CRLF. */
export function toCsv<T extends Record<string, Cell>>(columns: readonly (keyof T & string)[], rows: T[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
