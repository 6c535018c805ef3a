/** Links to what a statement of ours (a verdict, the title and dek) rests on. */
import type { Article } from '../../schemas/article.ts';
import type { RestsOn } from '../../schemas/comparison.ts';
import type { Reference } from '../../schemas/reference.ts';
import { checksByFact, statusOf, statusWords } from '../fact-view.ts';
import { INITIATIVE_ID } from '../facts.ts';
import { formatAmount } from '../money.ts';
import { formatPartialDate, partialDate } from '../partial-date.ts';
import type { SideInput } from './sides.ts';

/** A link to something a statement of ours rests on. */
export interface RestsOnLink {
  text: string;
  href: string;
}

/** Links to what a statement rests on: facts and claims on their article pages, references at their address. */
export function restsOnLinks(restsOn: RestsOn, sides: [SideInput, SideInput], references: Map<string, Reference>): RestsOnLink[] {
  const facts = restsOn.facts.map((ref) => {
    const [articleId, factId] = ref.split('/') as [string, string];
    const side = sides.find((s) => s.id === articleId);
    if (!side) throw new Error(`"${ref}" names an article that is not compared here`);
    return { text: `${side.article.initiative.name}: ${factLabel(side.article, factId)}`, href: `${side.url}#fact-${factId}` };
  });
  const refs = restsOn.references.map((id) => {
    const ref = references.get(id);
    if (!ref) throw new Error(`unknown reference "${id}"`);
    return { text: ref.publisher, href: ref.url };
  });
  return [...facts, ...refs];
}

const clip = (text: string, max = 70) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/** A fact in a few words, for a link to it. */
export function factLabel(article: Article, id: string): string {
  if (id === INITIATIVE_ID) return article.initiative.name;
  const find = <T extends { id: string }>(list: T[]) => list.find((x) => x.id === id);
  const claim = find(article.claims);
  if (claim) return `${claim.status}: ${clip(claim.claim, 22)}`;
  const status = statusOf(checksByFact(article).get(id) ?? []);
  const flag = status ? ` (${statusWords(status)})` : '';
  const amount = find(article.amounts);
  if (amount) return `${formatAmount(amount)}${flag}`;
  const date = find(article.dates);
  if (date)
    return `${date.date === null ? 'no date given' : formatPartialDate(partialDate(date.date))}${date.status === 'inferred' ? ' (inferred)' : ''}: ${date.event}${flag}`;
  const named = find(article.institutions) ?? find(article.people) ?? find(article.locations);
  if (named) return named.name;
  const beneficiary = find(article.beneficiaries);
  if (beneficiary) return clip(beneficiary.who);
  throw new Error(`no fact "${id}"`);
}
