/**
 * A value with every no-break space (U+00A0) read as a space, strings inside objects and arrays
 * included: for tests about words, not line breaks. The formatter's no-break spaces are held by
 * `money.test.ts` and `partial-date.test.ts`.
 */
export function spaced<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/\u00a0/g, ' ')) as T;
}
