/**
 * One article built around a body and some facts, run through the content check: the harness the
 * located-check tests (check-located, check-holes) share.
 */
import { checkBodies, checkedData, type ContentFile } from '../../../src/lib/content-check.ts';

export interface Spec {
  lang?: 'en' | 'fr' | 'es';
  body: string;
  amounts?: Record<string, unknown>[];
  dates?: Record<string, unknown>[];
  people?: Record<string, unknown>[];
  locations?: Record<string, unknown>[];
  claims?: Record<string, unknown>[];
}

export const OPENING = 'StreamCo backs the Riverside Lab training programme.';

/** Every error the content check finds in one article built from `spec`, as "field: message". */
export function check(spec: Spec): string[] {
  const lang = spec.lang ?? 'en';
  const data = {
    title: 'T',
    dek: 'D',
    published: '2026-01-01',
    source: {
      outlet: 'O',
      outletPlace: null,
      byline: null,
      headline: 'H',
      language: lang,
      translatedFrom: null,
      url: 'https://example.org/report',
      published: null,
      accessed: '2026-01-01',
    },
    initiative: {
      name: 'Lab',
      kind: 'training-programme',
      sponsor: 'streamco',
      country: 'MX',
      summary: 'S',
      evidence: OPENING,
      gloss: lang === 'en' ? null : 'g',
    },
    institutions: [
      {
        id: 'streamco',
        name: 'StreamCo',
        kind: 'company',
        sector: 'private',
        role: 'sponsor',
        does: 'x',
        country: null,
        evidence: 'StreamCo backs the Riverside Lab',
        gloss: 'g',
      },
    ],
    people: spec.people ?? [],
    amounts: (spec.amounts ?? []).map((a) => ({ gloss: 'g', ...a })),
    dates: (spec.dates ?? []).map((d) => ({ gloss: 'g', ...d })),
    locations: spec.locations ?? [],
    claims: spec.claims ?? [],
  };
  const file: ContentFile = { collection: 'articles', path: 'a.mdx', id: 'a', data, body: `${OPENING}\n\n${spec.body}\n`, bodyLine: 1 };
  const { errors, valid } = checkedData([file]);
  const bodies = checkBodies([file], valid.articles);
  return [...errors, ...bodies.errors].filter((e) => e.file === 'a.mdx' && !e.field.endsWith('.gloss')).map((e) => `${e.field}: ${e.message}`);
}

/** What every figure of these tests shares: unhedged, no period, national, in the report's own voice. */
const figure = (evidence: string, stated: string) => ({
  hedge: 'exact',
  period: 'unspecified',
  scope: 'national',
  what: 'w',
  statedBy: 'report',
  evidence,
  stated,
});
export const money = (evidence: string, stated: string, extra: Record<string, unknown> = {}) => ({
  id: 'm',
  kind: 'money',
  measure: 'investment',
  payer: null,
  portion: 'whole',
  value: 250,
  scale: 'million',
  currency: 'EUR',
  ...figure(evidence, stated),
  ...extra,
});
export const count = (evidence: string, stated: string, extra: Record<string, unknown> = {}) => ({
  id: 'q',
  kind: 'quantity',
  unit: 'jobs',
  value: 25_000,
  ...figure(evidence, stated),
  ...extra,
});

/** The error naming `field`, or the list of all errors when there is none (for the failure message). */
export function errorAt(errors: string[], field: string): string {
  return errors.find((e) => e.startsWith(`${field}: `)) ?? `no error at ${field}; errors: ${errors.join(' | ')}`;
}
