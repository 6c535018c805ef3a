/**
 * Against the real reports and the fixtures: a field of a figure the passage does not state may
 * be declared as our reading, quoting the report's words it rests on; those words must be this
 * figure's. For every amount, every other figure of its article lends it its hedge, period, unit
 * or currency through a reading that quotes that figure's words (its passage, its own words, or
 * its hedge or period words alone): each must be refused, naming the amount. Generated from the
 * content, not written by hand.
 */
import { describe, expect, it } from 'vitest';
import { articleIssues, ROOTS } from './helpers/article-issues.ts';
import { readContent } from '../../src/build/content-files.ts';
import { blocksWithLang, parseMdx } from '../../src/lib/body-text.ts';
import { namedIn } from '../../src/lib/check/speakers.ts';
import { langOf } from '../../src/lib/check/tokens.ts';
import { locateEvidence } from '../../src/lib/evidence.ts';
import { factsOf, recordOf, speakerField } from '../../src/lib/facts.ts';
import { articleSchema } from '../../src/schemas/article.ts';

type Amount = Record<string, unknown> & { readings?: Record<string, string> };
type Data = Record<string, unknown> & { amounts?: Amount[] };

interface Borrowing {
  what: string;
  change: (a: Amount) => void;
}

/** Every way amount `b` can lend amount `a` a field through a reading quoting b's words. */
function borrowings(a: Amount, b: Amount): Borrowing[] {
  const out: Borrowing[] = [];
  const quotes = [b.evidence as string, b.stated as string];
  if (typeof b.hedgeWords === 'string') quotes.push(b.hedgeWords);
  if (typeof b.periodWords === 'string') quotes.push(b.periodWords);
  for (const quote of new Set(quotes)) {
    const basis = `The report writes “${quote}”.`;
    if (b.hedge !== a.hedge && b.hedge !== 'exact') {
      out.push({
        what: `hedge ${String(b.hedge)} from “${quote}”`,
        change: (x) => ((x.hedge = b.hedge), (x.hedgeWords = null), (x.readings = { ...x.readings, hedge: basis })),
      });
    }
    if (b.period !== a.period && b.period !== 'unspecified') {
      out.push({
        what: `period ${String(b.period)} from “${quote}”`,
        change: (x) => ((x.period = b.period), (x.periodWords = null), (x.readings = { ...x.readings, period: basis })),
      });
    }
    if (a.kind === 'quantity' && b.kind === 'quantity' && b.unit !== a.unit) {
      out.push({ what: `unit ${String(b.unit)} from “${quote}”`, change: (x) => ((x.unit = b.unit), (x.readings = { ...x.readings, unit: basis })) });
    }
    if (a.kind === 'money' && b.kind === 'money' && b.currency !== a.currency) {
      out.push({
        what: `currency ${String(b.currency)} from “${quote}”`,
        change: (x) => ((x.currency = b.currency), (x.readings = { ...x.readings, currency: basis })),
      });
    }
  }
  return out;
}

const articles = ROOTS.flatMap((root) =>
  readContent(root)
    .files.filter((f) => f.collection === 'articles')
    .map((f) => ({ name: `${root === '.' ? '' : `${root}/`}${f.path}`, data: f.data as Data, blocks: blocksWithLang(parseMdx(f.body!)) })),
);

describe("readings rest on the figure's own words", () => {
  it('refuses every field lent by another figure of the article, naming the amount', { timeout: 60_000 }, () => {
    const passed: string[] = [];
    let tried = 0;
    for (const { name, data, blocks } of articles) {
      const amounts = data.amounts ?? [];
      amounts.forEach((a, i) => {
        amounts.forEach((b, j) => {
          if (i === j) return;
          for (const borrowing of borrowings(a, b)) {
            const copy = structuredClone(data);
            borrowing.change(copy.amounts![i]!);
            tried++;
            if (!articleIssues(copy, blocks).some((e) => e.startsWith(`amounts.${i}.`)))
              passed.push(`${name} amounts.${i}: ${borrowing.what} (of amounts.${j})`);
          }
        });
      });
    }
    console.log(`readings lent by another figure: ${tried} tried, ${tried - passed.length} refused`);
    expect(passed).toEqual([]);
    expect(tried).toBeGreaterThan(100);
  });
});

describe('a speaker read from elsewhere in the report', () => {
  it('refuses every person named as speaking away from the passage, as the speaker of a fact whose speaker is our reading', { timeout: 60_000 }, () => {
    const passed: string[] = [];
    let tried = 0;
    for (const { name, data, blocks } of articles) {
      const people = (data.people ?? []) as { id: string; name: string }[];
      const lang = langOf((data.source as { language: string }).language) ?? 'en';
      // Each person's words of speech in the body ("Pierre Vandoorne a réitéré"), with their block.
      const speeches = blocks.flatMap((block, index) => [...namedIn(block.text, lang, people as never).speaking].map(([id, words]) => ({ id, words, index })));
      const article = articleSchema.parse(data);
      const { matches } = locateEvidence(
        blocks.map((b) => b.text),
        factsOf(article),
      );
      for (const fact of factsOf(data)) {
        const record = recordOf(data, fact) as { readings?: Record<string, string> } | null;
        const field = speakerField(fact);
        const match = matches.find((m) => m.id === fact.id);
        if (!record?.readings?.speaker || !match) continue;
        const current = (record as Record<string, unknown>)[field];
        for (const speech of speeches) {
          // Words of speech in the passage's paragraph or the one before are where a reading may rest.
          if (speech.id === current || speech.index === match.block || speech.index === match.block - 1) continue;
          const copy = structuredClone(data);
          const target = recordOf(copy, fact) as Record<string, unknown> & { readings: Record<string, string> };
          target[field] = speech.id;
          target.readings = { ...target.readings, speaker: `The passage follows “${speech.words}”.` };
          tried++;
          if (!articleIssues(copy, blocks).some((e) => e.startsWith(`${fact.path}.`)))
            passed.push(`${name} ${fact.path}: ${field} ${speech.id} from “${speech.words}”`);
        }
      }
    }
    console.log(`speakers read from elsewhere: ${tried} tried, ${tried - passed.length} refused`);
    expect(passed).toEqual([]);
    expect(tried).toBeGreaterThan(10);
  });
});
