/** Words for counts of things in our own copy, so no sentence assumes how many reports there are. */

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two", "ten", "11": words up to ten, figures above (house style). */
export function countWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** "one report", "three reports". */
export function reports(n: number): string {
  return `${countWord(n)} ${n === 1 ? 'report' : 'reports'}`;
}

/** The reports as a whole: "the report", "both reports", "all three reports". */
export function theReports(n: number): string {
  if (n === 1) return 'the report';
  if (n === 2) return 'both reports';
  return `all ${reports(n)}`;
}

/** Capitalises the first letter: "Three reports". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
