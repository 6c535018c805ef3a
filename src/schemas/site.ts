/** Site-wide copy (`content/site.yaml`): the product's name and its words about the reports as a whole. */
import { z } from 'zod';
import { languageTag, record, text, webUrl } from './common.ts';

export const siteSchema = record({
  /** The product's name, in the header, titles, feeds and cards. */
  name: text,
  /** One sentence on what the site is, for the home page, feeds and link cards; it names no count of reports. */
  description: text,
  /** BCP 47 language of our own pages (`lang` on `<html>`). */
  locale: languageTag,
  /** Subject keywords for the data page's JSON-LD; each report's initiative and country are added from the data. */
  keywords: z.array(text).default([]),
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
  /** Licence of our data (fields we wrote); quoted evidence passages stay their outlets' text. */
  dataLicence: record({
    /** Its short name, e.g. "CC BY 4.0". */
    name: text,
    /** Where it is published. */
    url: webUrl,
  }),
});

export type SiteCopy = z.output<typeof siteSchema>;
