/** Field types shared by every fact schema. */
import { z } from 'astro/zod';
import { isCountryCode, isCurrencyCode } from '../lib/codes.ts';
import { isPartialDate, parsePartialDate } from '../lib/partial-date.ts';

/** A stable, lower-case slug (`state-film-office`): ids become URLs and `#anchors`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a lower-case slug (a-z, 0-9, single hyphens), e.g. "state-film-office"' });

/**
 * The verbatim passage of the article body that states the fact. The content check proves it
 * appears in the body (ignoring differences of whitespace, quote marks and apostrophes).
 */
export const evidence = z
  .string({ error: 'evidence is required: the verbatim passage of the body that states this fact' })
  .trim()
  .min(1, { error: 'evidence passage is empty' });

/** A partial ISO date written as a quoted string: `"2025"`, `"2025-05"` or `"2025-07-12"`. */
export const partialDateString = z
  .string({ error: 'expected a date as a quoted string ("2025", "2025-05" or "2025-07-12")' })
  .superRefine((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!isPartialDate(parsed)) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

/** An ISO 3166-1 alpha-2 country code, upper case: `MX`, `FR`, `US`. */
export const countryCode = z
  .string()
  .refine(isCountryCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. "MX", "FR")` });

/** An ISO 4217 currency code, upper case: `MXN`, `EUR`, `USD`. */
export const currencyCode = z
  .string()
  .refine(isCurrencyCode, { error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code (e.g. "MXN", "EUR")` });

/** An absolute `https:` or `http:` URL; any other scheme (`javascript:`, `data:`) is refused. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** A BCP 47 language tag as used in `lang` attributes: `fr`, `en`, `es-MX`. */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language tag such as "fr" or "es-MX"' });

/** Plain text for display: one line, no markup. */
export const text = z.string().trim().min(1);
