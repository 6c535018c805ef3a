/** The focus dimension: what each initiative is, and whom it trains or serves. */
import { INITIATIVE_ID } from '../facts.ts';
import { evidenceLink } from '../money-view.ts';
import { item, statusTags, words, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

export function focusRows({ inputs: sides, facts }: Sides): Row[] {
  return [
    {
      id: 'what',
      label: 'What it is',
      cells: pair(sides, (s) => [
        item(s.article.initiative.summary, { tags: [{ label: words(s.article.initiative.kind), tone: 'neutral' }], href: evidenceLink(s, INITIATIVE_ID) }),
      ]),
    },
    {
      id: 'who',
      label: 'Who it trains or serves, and how',
      cells: pair(sides, (s, i) =>
        s.article.beneficiaries.map((b) => item(b.who, { details: [b.how], tags: statusTags(facts[i]!.checks.get(b.id)), href: evidenceLink(s, b.id) })),
      ),
    },
  ];
}
