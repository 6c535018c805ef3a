/**
 * Over the real content: quotation marks where the quote check did not look (a claim check's
 * `says`, a correction, an unmarked blockquote in a comparison), and an amount's payer, each
 * mutated the way an outside attacker did, must be refused naming the file and field; the real
 * content passes.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-files.ts';
import { checkBodies, checkedData, correctionQuoteIssues, formatError, type ContentFile } from '../../src/lib/content-check.ts';

const { files } = readContent('.');
const TODAY = '2026-12-07';

/** Every error of the data, the bodies and the corrections' quotes, formatted. */
function errorsOf(all: ContentFile[]): string[] {
  const data = checkedData(all, TODAY);
  const bodies = checkBodies(all, data.valid.articles);
  return [...data.errors, ...bodies.errors, ...correctionQuoteIssues(data.valid, bodies.articleBodies)].map(formatError);
}

const articles = files.filter((f) => f.collection === 'articles');
const comparison = files.find((f) => f.collection === 'comparisons')!;
type Claim = { covers: string[]; checks: { aspect: string; finds: string; says: string }[] };
type Amount = { id: string; kind: string; payer: string | null; evidence: string };
type Institution = { id: string };

function withFile(file: ContentFile, change: (copy: ContentFile) => void): ContentFile[] {
  const copy = structuredClone(file);
  change(copy);
  return files.map((f) => (f === file ? copy : f));
}

describe('the real content', () => {
  it('passes', { timeout: 30_000 }, () => {
    expect(errorsOf(files)).toEqual([]);
  });
});

describe("numbers a claim check quotes from its source, where it finds the value agrees, are the covered facts' values", () => {
  // "three" → "thirty", "3" → "30": every quoted number of every agreeing value check, changed.
  const changed: Record<string, string> = { three: 'thirty', trois: 'trente', tres: 'treinta', two: 'twenty', deux: 'vingt', dos: 'veinte' };
  const cases = articles.flatMap((file) =>
    ((file.data as { claims: Claim[] }).claims ?? []).flatMap((claim, c) =>
      claim.checks.flatMap((check, k) => {
        if (check.finds !== 'agrees' || check.aspect !== 'value') return [];
        const quoted = [...check.says.matchAll(/“([^”]+)”/g)].map((m) => m[1]!).filter((q) => /\d|\b(three|trois|tres|two|deux|dos)\b/i.test(q));
        return quoted.map((quote) => {
          const wrong = quote.replace(/\d+/, (d) => `${d}0`).replace(/\b(three|trois|tres|two|deux|dos)\b/i, (w) => changed[w.toLowerCase()]!);
          return { file, c, k, quote, wrong };
        });
      }),
    ),
  );

  it('finds such quotes in the real reports', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((x) => [`${x.file.path} claims.${x.c}.checks.${x.k}: “${x.quote}” → “${x.wrong}”`, x]))(
    '%s',
    { timeout: 30_000 },
    (_name, { file, c, k, quote, wrong }) => {
      for (const marks of [
        ['“', '”'],
        ['‹', '›'],
      ]) {
        const all = withFile(file, (copy) => {
          const check = (copy.data as { claims: Claim[] }).claims[c]!.checks[k]!;
          check.says = check.says.replace(`“${quote}”`, `${marks[0]}${wrong}${marks[1]}`);
        });
        expect(errorsOf(all).join('\n')).toContain(`${file.path} → claims.${c}.checks.${k}.says: `);
      }
    },
  );
});

describe('a correction quotes the text of the page it corrects', () => {
  const correction = (id: string, corrected: string): ContentFile => ({
    collection: 'corrections',
    path: `content/corrections/${id}-fix.yaml`,
    id: `${id}-fix`,
    data: { date: '2026-12-07', page: { kind: 'article', id }, wrong: 'We gave the figure in other words.', corrected },
  });

  it.each(articles.map((a) => [a.id]))('%s', { timeout: 30_000 }, (id) => {
    expect(errorsOf([...files, correction(id, 'The report says “thirty million pesos were invested outright”.')]).join('\n')).toContain(
      `content/corrections/${id}-fix.yaml → corrected: “thirty million pesos were invested outright” is shown in quotation marks but is not in`,
    );
    const article = articles.find((a) => a.id === id)!;
    const words = (article.data as { initiative: { evidence: string } }).initiative.evidence;
    expect(errorsOf([...files, correction(id, `The report says “${words}”.`)])).toEqual([]);
  });
});

describe('an unmarked blockquote in a comparison is a quotation', () => {
  it('refuses invented words, and accepts a report’s', { timeout: 30_000 }, () => {
    const add = (text: string) => withFile(comparison, (copy) => (copy.body = `${copy.body}\n> ${text}\n`));
    expect(errorsOf(add('Netflix gave exactly three million pesos, no strings attached.')).join('\n')).toContain(
      `“Netflix gave exactly three million pesos, no strings attached.” is not in the text of either compared report: a blockquote is the report’s words whole`,
    );
    const words = (articles[0]!.data as { initiative: { evidence: string } }).initiative.evidence;
    expect(errorsOf(add(words))).toEqual([]);
  });
});

describe('the payer of an amount is named beside it', () => {
  const mutations = articles.flatMap((file) => {
    const data = file.data as { amounts: Amount[]; institutions: Institution[] };
    return data.amounts.flatMap((amount, i) =>
      amount.kind !== 'money' ? [] : data.institutions.filter((inst) => inst.id !== amount.payer).map((inst) => ({ file, i, payer: inst.id })),
    );
  });

  it('refuses every other institution of the article as payer, naming the amount', { timeout: 60_000 }, () => {
    const passed = mutations.filter(({ file, i, payer }) => {
      const all = withFile(file, (copy) => ((copy.data as { amounts: Amount[] }).amounts[i]!.payer = payer));
      return !errorsOf(all).some((e) => e.startsWith(`${file.path} → amounts.${i}.payer: `));
    });
    expect(passed.map(({ file, i, payer }) => `${file.path} amounts.${i}: payer ${payer}`)).toEqual([]);
    expect(mutations.length).toBeGreaterThan(20);
  });
});
