/**
 * Against the real reports and the fixtures: every mutation of an amount's value (±1, ×10, ÷10,
 * one digit changed), scale, currency or unit, hedge, period and speaker, and of a date the
 * words state (year, month or day shifted), must be refused by the content check, naming that
 * fact. The mutations are generated from the content, not written by hand.
 */
import { describe, expect, it } from 'vitest';
import { articleIssues, ROOTS } from './helpers/article-issues.ts';
import { readContent } from '../../src/build/content-files.ts';
import { blocksWithLang, parseMdx } from '../../src/lib/body-text.ts';
import { readDate } from '../../src/lib/check/dates.ts';
import { langOf } from '../../src/lib/check/tokens.ts';
import { hedges, periods, scales, units } from '../../src/schemas/amount.ts';
import type { ArticleInput } from '../../src/schemas/article.ts';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'ARS', 'AUD', 'CAD', 'BRL', 'CHF', 'JPY'];

type Data = Record<string, unknown> & { amounts?: Record<string, unknown>[]; dates?: Record<string, unknown>[]; people?: { id: string }[] };

interface Mutation {
  article: string;
  /** The fact's path, e.g. `amounts.2`. */
  fact: string;
  /** What changed, e.g. `value 3 → 4`. */
  what: string;
  kind: string;
  change: (data: Data) => void;
}

/** Changes a number's first digit: 250 → 350, 1.5 → 2.5, 9 → 8. */
function otherDigit(value: number): number {
  const text = String(value);
  const d = Number(text[0]);
  return Number(`${d === 9 ? 8 : d + 1}${text.slice(1)}`);
}

function shift(iso: string, part: 'year' | 'month' | 'day', by: number): string | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  if (part === 'year')
    return [y + by, m, d]
      .filter((x) => x !== undefined)
      .map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0')))
      .join('-');
  if (part === 'month' && m !== undefined) {
    const month = m + by < 1 || m + by > 12 ? m - by : m + by;
    const days = d !== undefined ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 31;
    return [y, month, d !== undefined ? Math.min(d, days) : undefined]
      .filter((x) => x !== undefined)
      .map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0')))
      .join('-');
  }
  if (part === 'day' && m !== undefined && d !== undefined) {
    const next = new Date(Date.UTC(y, m - 1, d + by));
    return next.toISOString().slice(0, 10);
  }
  return null;
}

function mutationsOf(article: string, data: Data): Mutation[] {
  const out: Mutation[] = [];
  const lang = langOf((data.source as { language: string }).language) ?? 'en';
  (data.amounts ?? []).forEach((amount, i) => {
    const fact = `amounts.${i}`;
    const add = (kind: string, what: string, change: (a: Record<string, unknown>) => void) =>
      out.push({ article, fact, kind, what, change: (d) => change(d.amounts![i]!) });
    const value = amount.value as number;
    for (const v of new Set([value + 1, value - 1, value * 10, value / 10, otherDigit(value)])) {
      if (v >= 0 && v !== value) add('value', `value ${value} → ${v}`, (a) => (a.value = v));
    }
    const scale = (amount.scale as string | undefined) ?? 'one';
    for (const s of Object.keys(scales)) if (s !== scale) add('scale', `scale ${scale} → ${s}`, (a) => (a.scale = s));
    if (amount.kind === 'money') {
      for (const c of CURRENCIES) if (c !== amount.currency) add('currency', `currency ${String(amount.currency)} → ${c}`, (a) => (a.currency = c));
    } else {
      for (const u of units) if (u !== amount.unit) add('unit', `unit ${String(amount.unit)} → ${u}`, (a) => (a.unit = u));
    }
    for (const h of hedges) if (h !== amount.hedge) add('hedge', `hedge ${String(amount.hedge)} → ${h}`, (a) => (a.hedge = h));
    for (const p of periods) if (p !== amount.period) add('period', `period ${String(amount.period)} → ${p}`, (a) => (a.period = p));
    const voices = ['report', 'unnamed', ...(data.people ?? []).map((p) => p.id)];
    for (const v of voices) if (v !== amount.statedBy) add('speaker', `statedBy ${String(amount.statedBy)} → ${v}`, (a) => (a.statedBy = v));
  });
  (data.dates ?? []).forEach((date, i) => {
    if (typeof date.stated !== 'string' || typeof date.date !== 'string') return;
    const fact = `dates.${i}`;
    // A stated date: every part it has. An inferred one: the parts its words give (the rest is the inference).
    const words = readDate(date.stated.replace(/[’‘]/g, "'"), lang);
    const parts: ('year' | 'month' | 'day')[] =
      date.status === 'stated'
        ? ['year', 'month', 'day']
        : 'error' in words
          ? []
          : words.weekday !== undefined && words.day === undefined
            ? ['day']
            : (['year', 'month', 'day'] as const).filter((p) => words[p] !== undefined);
    for (const part of parts) {
      for (const by of [1, -1]) {
        const iso = shift(date.date, part, by);
        if (iso && iso !== date.date) {
          out.push({
            article,
            fact,
            kind: date.status === 'stated' ? `stated date ${part}` : `inferred date ${part}`,
            what: `date ${date.date} → ${iso}`,
            change: (d) => (d.dates![i]!.date = iso),
          });
        }
      }
    }
  });
  return out;
}

const articles = ROOTS.flatMap((root) =>
  readContent(root)
    .files.filter((f) => f.collection === 'articles')
    .map((f) => ({ name: `${root === '.' ? '' : `${root}/`}${f.path}`, data: f.data as Data, blocks: blocksWithLang(parseMdx(f.body!)) })),
);

describe('mutations of the facts the passages state', () => {
  it('starts from articles that pass', () => {
    for (const { name, data, blocks } of articles) expect(articleIssues(data as ArticleInput & Data, blocks), name).toEqual([]);
  });

  it('refuses every mutation of an amount or a stated date, naming the fact', { timeout: 60_000 }, () => {
    const tried = new Map<string, number>();
    const refused = new Map<string, number>();
    const passed: string[] = [];
    for (const { name, data, blocks } of articles) {
      for (const mutation of mutationsOf(name, data)) {
        const copy = structuredClone(data);
        mutation.change(copy);
        const found = articleIssues(copy, blocks).filter((e) => e.startsWith(`${mutation.fact}.`) || e.startsWith(`${mutation.fact}:`));
        tried.set(mutation.kind, (tried.get(mutation.kind) ?? 0) + 1);
        if (found.length > 0) refused.set(mutation.kind, (refused.get(mutation.kind) ?? 0) + 1);
        else passed.push(`${name} ${mutation.fact}: ${mutation.what}`);
      }
    }
    const rows = [...tried].map(([kind, n]) => ({ kind, tried: n, refused: refused.get(kind) ?? 0 }));
    const total = rows.reduce((s, r) => s + r.tried, 0);
    console.table(rows);
    console.log(`mutations: ${total} tried, ${total - passed.length} refused`);
    expect(passed).toEqual([]);
    expect(total).toBeGreaterThan(500);
  });
});
