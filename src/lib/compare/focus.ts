/** The focus dimension: what each initiative is, and whom it trains or serves. */
import { INITIATIVE_ID } from '../facts.ts';
import { evidenceLink } from '../money-view.ts';
import { item, statusTags, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

export function focusRows({ inputs: sides, facts, messages: m }: Sides): Row[] {
  return [
    {
      id: 'what',
      label: m.t('focusRow.what'),
      cells: pair(sides, (s) => [
        item(s.article.initiative.summary, {
          lang: s.notesLang,
          tags: [{ label: m.t(`initiativeKind.${s.article.initiative.kind}`), tone: 'neutral' }],
          href: evidenceLink(s, INITIATIVE_ID),
        }),
      ]),
    },
    {
      id: 'who',
      label: m.t('focusRow.who'),
      cells: pair(sides, (s, i) =>
        s.article.beneficiaries.map((b) =>
          item(b.who, {
            lang: s.notesLang,
            details: [b.how],
            detailLangs: [s.notesLang],
            tags: statusTags(facts[i]!.checks.get(b.id), m),
            href: evidenceLink(s, b.id),
          }),
        ),
      ),
    },
  ];
}
