/**
 * Words for counts of things in our own copy, so no sentence assumes how many reports there are:
 * words up to ten, figures above (house style), in the catalogue's language (`count.*`).
 */
import type { Messages } from './i18n.ts';

/** "one report", "three reports", "11 reports". */
export function reports(n: number, m: Messages): string {
  return m.t('count.reports', { count: n });
}

/** The reports as a whole: "the report", "both reports", "all three reports". */
export function theReports(n: number, m: Messages): string {
  return m.t('count.theReports', { count: n });
}
