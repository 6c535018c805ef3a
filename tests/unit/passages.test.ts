import { describe, expect, it } from 'vitest';
import { item, type Row } from '../../src/lib/compare/align.ts';
import { passagePopovers, passageSubject, type Passage } from '../../src/lib/passages.ts';

const passage = (href: string): Passage => ({ text: `words at ${href}`, lang: 'fr', gloss: 'our words', by: 'the report', href, tableRow: false });
const passages = new Map(['/a/#ev-1', '/a/#ev-2', '/b/#ev-1'].map((href) => [href, passage(href)]));
const row = (id: string, left: ReturnType<typeof item>[], right: ReturnType<typeof item>[] = []): Row => ({ id, label: id, cells: [left, right] });

describe('passagePopovers', () => {
  const cited = item('3 million pesos', { href: '/a/#ev-1' });
  const again = item('about 3 million', { href: '/a/#ev-1', tags: [{ label: 'contradicted', tone: 'contradicted' }] });
  const other = item('Marseille', { href: '/b/#ev-1' });
  const unquoted = item('a link only', { href: '/a/#ev-9' });
  const plain = item('no passage');
  const { popovers, idOf } = passagePopovers([row('money', [cited, plain], [other]), row('claims', [again, unquoted])], passages);

  it('carries each passage the rows cite once, in the order first cited, and none they do not cite', () => {
    expect(popovers.map((p) => p.passage.href)).toEqual(['/a/#ev-1', '/b/#ev-1']);
    expect(new Set(popovers.map((p) => p.id)).size).toBe(popovers.length);
  });

  it('items citing the same passage open the same popover; items without a quoted passage open none', () => {
    expect(idOf(cited)).toBe(popovers[0]!.id);
    expect(idOf(again)).toBe(popovers[0]!.id);
    expect(idOf(other)).toBe(popovers[1]!.id);
    expect(idOf(unquoted)).toBeUndefined();
    expect(idOf(plain)).toBeUndefined();
  });

  it("a link names the item's words with its check status, whatever it is, never a neutral tag", () => {
    expect(passageSubject(again)).toBe('about 3 million (contradicted)');
    expect(
      passageSubject(
        item('x', {
          tags: [
            { label: 'no other source', tone: 'neutral' },
            { label: 'unclear', tone: 'unclear' },
          ],
        }),
      ),
    ).toBe('x (unclear)');
    expect(
      passageSubject(
        item('y', {
          tags: [
            { label: 'hedged', tone: 'neutral' },
            { label: 'value reported the same way elsewhere', tone: 'relayed' },
          ],
        }),
      ),
    ).toBe('y (value reported the same way elsewhere)');
    expect(passageSubject(item('a long text', { subject: 'short' }))).toBe('short');
  });
});
