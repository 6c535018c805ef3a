/**
 * Intl formatters, one per locale and options: building one costs far more than formatting with
 * it, and they are immutable, so a kept one gives what a new one would (output depends on input only).
 */
function kept<O extends object, T>(make: (locales: Intl.LocalesArgument, options: O) => T): (locales: Intl.LocalesArgument, options?: O) => T {
  const made = new Map<string, T>();
  return (locales, options = {} as O) => {
    const key = `${String(locales)} ${JSON.stringify(options)}`;
    let f = made.get(key);
    if (!f) made.set(key, (f = make(locales, options)));
    return f;
  };
}

export const numberFormat = kept((locales, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options));
export const dateTimeFormat = kept((locales, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, options));
export const pluralRules = kept((locales, options: Intl.PluralRulesOptions) => new Intl.PluralRules(locales, options));
