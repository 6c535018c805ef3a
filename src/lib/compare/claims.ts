/** The claims dimension: each report's claims aligned by check status, then its own arithmetic. */
import { claimStatuses, type ClaimStatus } from '../../schemas/claim.ts';
import { checkCitations, claimDetails, claimTag, type Tag } from '../article-view.ts';
import { tableSums, type SumCheck } from '../arithmetic.ts';
import type { CheckView } from '../fact-view.ts';
import type { Messages } from '../i18n.ts';
import { formatAmount } from '../money.ts';
import { evidenceLink } from '../money-view.ts';
import { alignBy, item, statusTags, type Item, type Row } from './align.ts';
import { pair, type SideInput, type Sides } from './sides.ts';

const SUM_TONES: Record<SumCheck['result'], Tag['tone']> = {
  'adds-up': 'confirmed',
  differs: 'contradicted',
  'hedge-differs': 'unclear',
  'no-total': 'unclear',
};

export function sumItem(check: SumCheck, side: SideInput, m: Messages, checks: Map<string, CheckView[]> = new Map()): Item {
  const parts = check.parts.map((p) => formatAmount(p.amount, m)).join(' + ');
  const status = check.total ? statusTags(checks.get(check.total.id), m) : [];
  // The total's check status is part of the sentence too, so it travels wherever the sentence does.
  const totalText = check.total ? formatAmount(check.total.amount, m) : '';
  const total = status.length > 0 ? m.t('common.withNote', { text: totalText, note: status[0]!.label }) : totalText;
  // Rows and a total of different scopes can add up without measuring the same thing: the sentence says so.
  const scopes = check.scopes ? m.t('sum.scopes', { parts: m.t(`scopeName.${check.scopes.parts}`), total: m.t(`scopeName.${check.scopes.total}`) }) : '';
  const text = m.t(`sum.${check.result}`, { parts, sum: formatAmount(check.sumAmount, m), ...(check.total ? { total, scopes } : {}) });
  return item(text, {
    tags: [
      { label: m.t(`sumTag.${check.result}`), tone: SUM_TONES[check.result] },
      ...status.map((t) => ({ ...t, label: m.t('sumTag.total', { label: t.label }) })),
    ],
    href: evidenceLink(side, check.total?.id ?? check.parts[0]!.id),
  });
}

export function claimRows({ inputs: sides, facts, references, messages: m }: Sides): Row[] {
  const rows = alignBy(
    pair(sides, (s, i) => s.article.claims.map((claim, j) => ({ claim, view: facts[i]!.claims[j]! }))),
    (c) => c.view.status,
    claimStatuses,
    ({ claim, view }, side) =>
      item(claim.claim, {
        lang: sides[side]!.notesLang,
        details: claimDetails(view, m),
        tags: [claimTag(view.status, m)],
        citations: checkCitations(claim.checks, references, m),
        href: evidenceLink(sides[side]!, claim.id),
        reportId: `${sides[side]!.id}/${claim.id}`,
      }),
    (status) => m.t(`claimRow.${status as ClaimStatus}`),
  );
  return [
    ...rows,
    {
      id: 'arithmetic',
      label: m.t('claimRow.arithmetic'),
      cells: pair(sides, (s, i) => tableSums(s.article.amounts).map((c) => sumItem(c, s, m, facts[i]!.checks))),
    },
  ];
}
