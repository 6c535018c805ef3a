/** The claims dimension: each report's claims aligned by check status, then its own arithmetic. */
import type { claimStatuses } from '../../schemas/claim.ts';
import { citation, claimTag, type Tag } from '../article-view.ts';
import { tableSums, type SumCheck } from '../arithmetic.ts';
import { voiceOf, type CheckView } from '../fact-view.ts';
import { evidenceLink } from '../money-view.ts';
import { alignBy, item, statusTags, type Item, type Row } from './align.ts';
import { pair, type SideInput, type Sides } from './sides.ts';

const CLAIM_LABELS: Record<(typeof claimStatuses)[number], string> = {
  contradicted: 'Contradicted by other reporting',
  unclear: 'Not settled by other reporting',
  confirmed: 'Confirmed by other reporting',
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
  const status = check.total ? statusTags(checks.get(check.total.id)).map((t) => ({ ...t, label: `total ${t.label}` })) : [];
  // The total's check status is part of the sentence too, so it travels wherever the sentence does.
  const total = check.total ? `${check.total.text}${status.length > 0 ? ` (${status[0]!.label.replace(/^total /, '')})` : ''}` : undefined;
  const text = {
    'no-total': `Table rows ${parts} = ${check.sumText}; the report states no total to check them against.`,
    'adds-up': `Table rows ${parts} = ${check.sumText}, which matches the report’s total of ${total}.`,
    differs: `Table rows ${parts} = ${check.sumText}, but the report’s total is ${total}.`,
    'hedge-differs': `Table rows ${parts} = exactly ${check.sumText}, while the report’s total is ${total}: the rows do not show the “more than”.`,
  }[check.result];
  const scopes = check.scopes ? [`The report labels the rows ${check.scopes.parts} and the total ${check.scopes.total}.`] : [];
  return item(text, { details: scopes, tags: [SUM_TAGS[check.result], ...status], href: evidenceLink(side, check.total?.id ?? check.parts[0]!.id) });
}

export function claimRows({ inputs: sides, facts, references }: Sides): Row[] {
  const rows = alignBy(
    pair(sides, (s) => s.article.claims),
    (c) => c.status,
    ['contradicted', 'unclear', 'confirmed', 'unchecked'] satisfies (typeof claimStatuses)[number][],
    (c, side) =>
      item(c.claim, {
        details: [`Claimed by ${voiceOf(sides[side]!.article, c.claimant)}`],
        tags: [claimTag(c.status)],
        citations: c.checks.map((check) => citation(check.reference, references, check.says)),
        href: evidenceLink(sides[side]!, c.id),
        reportId: `${sides[side]!.id}/${c.id}`,
      }),
    (status) => CLAIM_LABELS[status as (typeof claimStatuses)[number]],
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
