/** The key figures' lead measure: figures of one measure side by side, never unlike ones. */
import { describe, expect, it } from 'vitest';
import { firstByMeasure, firstOfMeasure, leadMeasure } from '../../src/lib/first-screen.ts';

describe('lead measure of the key figures', () => {
  it('takes a measure both sides have, the first in measure order', () => {
    expect(leadMeasure(['spending', 'investment'], ['economic-impact', 'investment'])).toBe('investment');
    expect(leadMeasure(['investment', 'economic-impact'], ['spending', 'economic-impact'])).toBe('economic-impact');
    expect(leadMeasure(['budget', 'spending'], ['spending', 'budget'])).toBe('budget');
  });

  it('with no shared measure, takes the one closest to money put into the initiative that either side has', () => {
    expect(leadMeasure(['investment'], ['spending', 'economic-impact'])).toBe('investment');
    expect(leadMeasure(['economic-impact'], ['spending'])).toBe('spending');
    expect(leadMeasure([], ['economic-impact', null])).toBe('economic-impact');
  });

  it('is null when neither side gives a money figure', () => {
    expect(leadMeasure([], [])).toBeNull();
    expect(leadMeasure([null], [null, null])).toBeNull();
  });

  it('a side shows its first figure of the lead measure, or none; "instead" is its first by measure order', () => {
    const rows = [
      { id: 'impact', measure: 'economic-impact' as const },
      { id: 'spend', measure: 'spending' as const },
      { id: 'spend-2', measure: 'spending' as const },
    ];
    expect(firstOfMeasure(rows, 'spending')?.id).toBe('spend');
    expect(firstOfMeasure(rows, 'investment')).toBeNull();
    expect(firstOfMeasure(rows, null)).toBeNull();
    expect(firstByMeasure(rows)?.id).toBe('spend');
    expect(firstByMeasure([])).toBeNull();
  });
});
