/** The partners dimension: institutions aligned by role, then the people quoted and named. */
import { institutionRoles } from '../../schemas/institution.ts';
import { countryName } from '../codes.ts';
import { evidenceLink } from '../money-view.ts';
import { alignBy, item, statusTags, type Row } from './align.ts';
import { pair, type Sides } from './sides.ts';

export function partnerRows({ inputs: sides, facts, messages: m }: Sides): Row[] {
  const rows = alignBy(
    pair(sides, (s) => s.article.institutions),
    (i) => i.role,
    institutionRoles,
    (i, side) =>
      item(i.name, {
        lang: sides[side]!.article.source.language,
        details: [...(i.nameGloss ? [m.t('gloss.ours', { text: i.nameGloss })] : []), i.does],
        detailLangs: [...(i.nameGloss ? [sides[side]!.notesLang] : []), sides[side]!.notesLang],
        tags: [
          { label: m.t(`institutionKind.${i.kind}`), tone: 'neutral' },
          ...(i.sector ? [{ label: m.t(`sector.${i.sector}`), tone: 'neutral' as const }] : []),
          { label: i.country ? countryName(i.country, m.locale) : m.t('partners.countryUnknown'), tone: 'neutral' },
          ...statusTags(facts[side]!.checks.get(i.id), m),
        ],
        href: evidenceLink(sides[side]!, i.id),
      }),
    (role) => m.t(`roleRow.${role}`),
  );
  const people = (quoted: boolean) =>
    pair(sides, (s) =>
      s.article.people
        .filter((p) => p.quoted === quoted)
        .map((p) =>
          item(p.name, {
            details: [...(p.title ? [p.title] : []), ...(p.titleGloss ? [m.t('gloss.ours', { text: p.titleGloss })] : [])],
            detailLangs: [...(p.title ? [s.article.source.language] : []), ...(p.titleGloss ? [s.notesLang] : [])],
            href: evidenceLink(s, p.id),
          }),
        ),
    );
  return [
    ...rows,
    { id: 'people-quoted', label: m.t('partners.quoted'), cells: people(true) },
    { id: 'people-named', label: m.t('partners.named'), cells: people(false) },
  ];
}
