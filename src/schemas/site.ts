/**
 * Site-wide settings (`content/site.yaml`): the languages of the editions, the corrections
 * channel and the data licence. The site's own words (its name, its description) are in each
 * language's catalogue (`content/i18n/<lang>.yaml`).
 */
import { z } from 'zod';
import { languageTag, record, text, webUrl } from './common.ts';

export const siteSchema = record({
  /**
   * The languages of the editions, as BCP 47 tags, each with its catalogue
   * `content/i18n/<lang>.yaml`: the first is the default, served at the site's root and the
   * language our analysis is written in; each other is served under `/<lang>/`.
   */
  locales: z
    .array(languageTag)
    .min(1, { error: 'list at least one language: the first is the default edition' })
    .refine((tags) => new Set(tags.map((t) => t.toLowerCase())).size === tags.length, { error: 'a language is listed twice' }),
  /**
   * The site owner's address for error reports (a `mailto:` address or an `https:` form), used
   * when the build knows no repository (`SITE_REPOSITORY`, whose issue form comes first); `null`
   * when the repository is the channel. A production build refuses a reserved or placeholder one.
   */
  reportError: z
    .string()
    .regex(/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/, { error: 'reportError must be a mailto: address or an https: URL' })
    .nullable()
    .default(null),
  /**
   * Standard exonyms: each list is one place's names as languages write them, where one is not
   * the other's words translated ("Marsella" in Spanish). A translation's `names` may give a place
   * any name of its list; any other local form keeps the name's words (translations.ts).
   */
  exonyms: z.array(z.array(text).min(2, { error: 'an exonym list gives a place at least two names' })).default([]),
  /** Licence of our data (fields we wrote); quoted evidence passages stay their outlets' text. */
  dataLicence: record({
    /** Its short name, e.g. "CC BY 4.0". */
    name: text,
    /** Where it is published. */
    url: webUrl,
  }),
});

export type SiteCopy = z.output<typeof siteSchema>;
