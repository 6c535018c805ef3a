/** Site-wide settings: the product's name and description, used by layouts, cards and feeds. */
export const SITE = {
  name: 'Netflix initiatives, checked',
  description:
    'Two news reports on Netflix training and culture projects, in Jalisco and Marseille, turned into checked data and compared side by side.',
  locale: 'en',
  /**
   * Day the site and its article pages were first published. Article pages have no date of
   * their own (the reports' own dates are often unknown), so page, JSON-LD, `article:*_time`,
   * RSS and sitemap all use this for them; corrections set their modified date.
   */
  published: '2026-11-22',
  /** Where readers report an error (a `mailto:` address or an issue form's URL); shown in every page's footer. */
  reportError: 'mailto:corrections@example.org?subject=Error%20on%20Netflix%20initiatives%2C%20checked',
  /** Licence of our data (fields we wrote); quoted evidence passages stay their outlets' text. */
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;
