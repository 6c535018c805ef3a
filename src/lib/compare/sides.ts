/**
 * What every dimension reads of the two sides, computed once per comparison: each side's
 * input, its facts (every figure and date as all surfaces show them) and its name.
 */
import type { Rate } from '../../schemas/rate.ts';
import type { Reference } from '../../schemas/reference.ts';
import { countryName } from '../codes.ts';
import { articleFacts, type ArticleFacts } from '../fact-view.ts';
import type { Messages } from '../i18n.ts';
import type { MoneySide } from '../money-view.ts';

export type SideInput = MoneySide & {
  id: string;
  /** Language of our notes on this report where the edition shows them untranslated (their translation pending); absent where they are in the reader's language. */
  notesLang?: string | undefined;
};

export interface SideHead {
  id: string;
  name: string;
  url: string;
  country: string;
}

/** The two sides of a comparison, with the facts every dimension reads. */
export interface Sides {
  inputs: [SideInput, SideInput];
  facts: [ArticleFacts, ArticleFacts];
  names: [string, string];
  references: Map<string, Reference>;
  messages: Messages;
}

/** `f` applied to each side, in order. */
export const pair = <T>(sides: [SideInput, SideInput], f: (side: SideInput, index: number) => T): [T, T] => [f(sides[0], 0), f(sides[1], 1)];

export function sidesOf(inputs: [SideInput, SideInput], currency: string, rates: Rate[], references: Map<string, Reference>, messages: Messages): Sides {
  return {
    inputs,
    facts: pair(inputs, (s) => articleFacts({ article: s.article, currency, rates, references, messages })),
    names: pair(inputs, (s) => s.article.initiative.name),
    references,
    messages,
  };
}

export function sideHeads({ inputs, messages }: Sides): [SideHead, SideHead] {
  return pair(inputs, (s) => ({
    id: s.id,
    name: s.article.initiative.name,
    url: s.url,
    country: countryName(s.article.initiative.country, messages.locale),
  }));
}
