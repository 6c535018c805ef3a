/**
 * Every card of the site with its element tree and file name: what the pages link to and what
 * the cards integration draws, from the same function so the two always agree.
 */
import { siteCards, type CardContent } from './cards.ts';
import { cardFileName, cardTree, type CardModel, type CardTree } from './og-image.ts';

export interface NamedCard {
  /** `home`, `article-<id>`, `comparison-<id>`, `data`, `methodology`. */
  key: string;
  model: CardModel;
  tree: CardTree;
  /** File name under og/: `<key>-<cardId>.png`. */
  file: string;
}

export function namedCards(content: CardContent, site: { name: string; description: string }): NamedCard[] {
  return siteCards(content, site).map(({ key, model }) => {
    const tree = cardTree(model, site.name);
    return { key, model, tree, file: cardFileName(key, tree) };
  });
}
