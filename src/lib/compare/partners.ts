/** The partners dimension: institutions aligned by role, then the people quoted and named. */
import { institutionRoles } from '../../schemas/institution.ts';
import { countryName } from '../codes.ts';
import { evidenceLink } from '../money-view.ts';
import { alignBy, item, statusTags, words, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

const ROLE_LABELS: Record<(typeof institutionRoles)[number], string> = {
  sponsor: 'Sponsor',
  organiser: 'Organisers',
  supporter: 'Supporters',
  partner: 'Partners',
  beneficiary: 'Beneficiaries',
  participant: 'Others taking part',
  framework: 'Wider plan or event',
  mentioned: 'Mentioned in passing',
};

export function partnerRows({ inputs: sides, facts }: Sides): Row[] {
  const rows = alignBy(
    pair(sides, (s) => s.article.institutions),
    (i) => i.role,
    institutionRoles,
    (i, side) =>
      item(i.name, {
        lang: sides[side]!.article.source.language,
        details: [...(i.nameGloss ? [`Our translation: ${i.nameGloss}`] : []), i.does],
        tags: [
          { label: words(i.kind), tone: 'neutral' },
          ...(i.sector ? [{ label: i.sector, tone: 'neutral' as const }] : []),
          { label: i.country ? countryName(i.country) : 'country not stated', tone: 'neutral' },
          ...statusTags(facts[side]!.checks.get(i.id)),
        ],
        href: evidenceLink(sides[side]!, i.id),
      }),
    (role) => ROLE_LABELS[role as (typeof institutionRoles)[number]],
  );
  const people = (quoted: boolean) =>
    pair(sides, (s) =>
      s.article.people
        .filter((p) => p.quoted === quoted)
        .map((p) =>
          item(p.name, {
            details: [...(p.title ? [p.title] : []), ...(p.titleGloss ? [`Our translation: ${p.titleGloss}`] : [])],
            detailLang: s.article.source.language,
            href: evidenceLink(s, p.id),
          }),
        ),
    );
  return [
    ...rows,
    { id: 'people-quoted', label: 'People quoted', cells: people(true) },
    { id: 'people-named', label: 'Named, not quoted', cells: people(false) },
  ];
}
