/** Site-wide settings: the product's name and description, used by layouts, cards and feeds. */
export const SITE = {
  name: 'Netflix initiatives, checked',
  description:
    'Two news reports on Netflix training and culture projects, in Jalisco and Marseille, turned into checked data and compared side by side.',
  locale: 'en',
} as const;
