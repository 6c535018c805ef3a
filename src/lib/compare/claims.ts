/** The claims dimension: each report's claims aligned by check status, then its own arithmetic. */
import { claimStatuses, type ClaimStatus } from '../../schemas/claim.ts';
import { checkCitations, claimDetails, claimTag, type Tag } from '../article-view.ts';
import { tableSums, type SumCheck } from '../arithmetic.ts';
import type { CheckView } from '../fact-view.ts';
import { evidenceLink } from '../money-view.ts';
import { alignBy, item, statusTags, type Item, type Row } from './align.ts';
import { pair, type SideInput, type Sides } from './sides.ts';

const CLAIM_LABELS: Record<ClaimStatus, string> = {
  contradicted: 'Contradicted by other reporting',
  unclear: 'Not settled by other reporting',
  relayed: 'Reported the same way elsewhere, by sources relaying the same speakers',
  confirmed: 'Confirmed by an independent source',
  unchecked: 'No other source to check against',
};

const SUM_TAGS: Record<SumCheck['result'], Tag> = {
  'adds-up': { label: 'adds up', tone: 'confirmed' },
  differs: { label: 'does not add up', tone: 'contradicted' },
  'hedge-differs': { label: 'rows equal, total says more', tone: 'unclear' },
  'no-total': { label: 'no total', tone: 'unclear' },
};

export function sumItem(check: SumCheck, side: SideInput, checks: Map<string, CheckView[]> = new Map()): Item {
  const parts = check.parts.map((p) => p.text).join(' + ');
  const status = check.total ? statusTags(checks.get(check.total.id)).map((t) => ({ ...t, label: `total: ${t.label}` })) : [];
  // The total's check status is part of the sentence too, so it travels wherever the sentence does.
  const total = check.total ? `${check.total.text}${status.length > 0 ? ` (${status[0]!.label.replace(/^total: /, '')})` : ''}` : undefined;
  // Rows and a total of different scopes can add up without measuring the same thing: the sentence says so.
  const scopes = check.scopes
    ? `, though the report gives the rows as ${check.scopes.parts} and that figure as ${check.scopes.total}: one number for two scopes`
    : '';
  const text = {
    'no-total': `Table rows ${parts} = ${check.sumText}; the report states no total to check them against.`,
    'adds-up': `Table rows ${parts} = ${check.sumText}, the same as the report’s figure of ${total}${scopes}.`,
    differs: `Table rows ${parts} = ${check.sumText}, but the report’s figure is ${total}${scopes}.`,
    'hedge-differs': `Table rows ${parts} = exactly ${check.sumText}, while the report’s figure is ${total}: the rows do not show the “more than”${scopes}.`,
  }[check.result];
  return item(text, { tags: [SUM_TAGS[check.result], ...status], href: evidenceLink(side, check.total?.id ?? check.parts[0]!.id) });
}

export function claimRows({ inputs: sides, facts, references }: Sides): Row[] {
  const rows = alignBy(
    pair(sides, (s, i) => s.article.claims.map((claim, j) => ({ claim, view: facts[i]!.claims[j]! }))),
    (c) => c.view.status,
    claimStatuses,
    ({ claim, view }, side) =>
      item(claim.claim, {
        details: claimDetails(view),
        tags: [claimTag(view.status)],
        citations: checkCitations(claim.checks, references),
        href: evidenceLink(sides[side]!, claim.id),
        reportId: `${sides[side]!.id}/${claim.id}`,
      }),
    (status) => CLAIM_LABELS[status as ClaimStatus],
  );
  return [
    ...rows,
    {
      id: 'arithmetic',
      label: 'The report’s own arithmetic',
      cells: pair(sides, (s, i) => tableSums(s.article.amounts).map((c) => sumItem(c, s, facts[i]!.checks))),
    },
  ];
}
