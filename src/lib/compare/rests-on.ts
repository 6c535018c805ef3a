/** Links to what a statement of ours (a verdict, the title and dek) rests on. */
import type { Article } from '../../schemas/article.ts';
import type { RestsOn } from '../../schemas/comparison.ts';
import type { Reference } from '../../schemas/reference.ts';
import { checksText, figureLabel, type ArticleFacts } from '../fact-view.ts';
import { INITIATIVE_ID } from '../facts.ts';
import type { Messages } from '../i18n.ts';
import { shorten } from '../shorten.ts';
import type { SideInput } from './sides.ts';

/** A link to something a statement of ours rests on. */
export interface RestsOnLink {
  text: string;
  href: string;
}

/** Links to what a statement rests on: facts and claims on their article pages, references at their address. */
export function restsOnLinks(
  restsOn: RestsOn,
  sides: [SideInput, SideInput],
  facts: [ArticleFacts, ArticleFacts],
  references: Map<string, Reference>,
  m: Messages,
): RestsOnLink[] {
  const links = restsOn.facts.map((ref) => {
    const [articleId, factId] = ref.split('/') as [string, string];
    const index = sides.findIndex((s) => s.id === articleId);
    const side = sides[index];
    if (!side) throw new Error(`"${ref}" names an article that is not compared here`);
    return {
      text: m.t('common.labelled', { label: side.article.initiative.name, text: factLabel(side.article, facts[index]!, factId, m) }),
      href: `${side.url}#fact-${factId}`,
    };
  });
  const refs = restsOn.references.map((id) => {
    const ref = references.get(id);
    if (!ref) throw new Error(`unknown reference "${id}"`);
    return { text: ref.publisher, href: ref.url };
  });
  return [...links, ...refs];
}

/** A fact in a few words, for a link to it, with the status of any check that needs saying. */
export function factLabel(article: Article, facts: ArticleFacts, id: string, m: Messages): string {
  if (id === INITIATIVE_ID) return article.initiative.name;
  const find = <T extends { id: string }>(list: T[]) => list.find((x) => x.id === id);
  const claim = find(facts.claims);
  // Each aspect with its own status first (a claim is never "contradicted" whole when only its timing is), then the claim.
  if (claim) return m.t('common.labelled', { label: claim.inLine, text: shorten(claim.claim, 40, 'word') });
  const status = checksText(facts.checks.get(id) ?? [], m);
  const flag = status ? ` (${status})` : '';
  const figure = find(facts.figures);
  if (figure) return `${figureLabel(figure, m)}${flag}`;
  const date = find(facts.dates);
  if (date) return `${m.t('common.labelled', { label: date.label, text: date.event })}${flag}`;
  const named = find(article.institutions) ?? find(article.people) ?? find(article.locations);
  if (named) return `${named.name}${flag}`;
  const beneficiary = find(article.beneficiaries);
  if (beneficiary) return `${shorten(beneficiary.who, 70, 'word')}${flag}`;
  throw new Error(`no fact "${id}"`);
}
