/**
 * Every card of an edition with its element tree and file name: what the pages link to and what
 * the cards integration draws, from the same function so the two always agree.
 */
import { siteCards, type CardContent } from './cards.ts';
import type { Messages } from './i18n.ts';
import { cardFileName, cardTree, type CardModel, type CardTree } from './og-image.ts';

export interface NamedCard {
  /** `home`, `article-<id>`, `comparison-<id>`, `data`, `methodology`. */
  key: string;
  model: CardModel;
  tree: CardTree;
  /** File name under og/: `<prefix><key>-<cardId>.png` (the prefix names an edition other than the default, `fr-`). */
  file: string;
}

export function namedCards(content: CardContent, m: Messages, prefix = ''): NamedCard[] {
  const bands = { siteName: m.t('site.name'), tagline: m.t('card.tagline') };
  return siteCards(content, m).map(({ key, model }) => {
    const tree = cardTree(model, bands);
    return { key, model, tree, file: cardFileName(`${prefix}${key}`, tree) };
  });
}
