/** Closed code lists from the standards: ISO 3166-1 countries and ISO 4217 currencies. */
import countries from 'i18n-iso-countries';

/** True for an assigned ISO 3166-1 alpha-2 code, e.g. `MX` (not `UK`, not `EU`). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** The ISO 3166-1 numeric code, as used by Natural Earth / world-atlas ids (`MX` → `484`). */
export function countryNumeric(code: string): string {
  const numeric = countries.alpha2ToNumeric(code);
  if (!numeric) throw new Error(`unknown country code ${code}`);
  return numeric;
}

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** True for an ISO 4217 currency code known to the runtime's ICU data, e.g. `MXN`. */
export function isCurrencyCode(code: string): boolean {
  return currencies.has(code);
}

/** Per type and locale, ICU's formatter and each code's name it gave: a name depends on those three only. */
const displayNames = new Map<string, { of: Intl.DisplayNames; names: Map<string, string> }>();

/** `code`'s name in `locale` (`type`: region or language), or the code itself when ICU has none. */
function displayName(type: 'region' | 'language', code: string, locale: string): string {
  let kept = displayNames.get(`${type} ${locale}`);
  if (!kept) displayNames.set(`${type} ${locale}`, (kept = { of: new Intl.DisplayNames([locale], { type }), names: new Map() }));
  let name = kept.names.get(code);
  if (name === undefined) kept.names.set(code, (name = kept.of.of(code) ?? code));
  return name;
}

/** A country's name in `locale`, e.g. `FR` → "France", "Francia" (`es`). */
export const countryName = (code: string, locale: string): string => displayName('region', code, locale);

/** A language's name in `locale`, e.g. `es` → "Spanish", "espagnol" (`fr`). */
export const languageName = (tag: string, locale: string): string => displayName('language', tag, locale);
