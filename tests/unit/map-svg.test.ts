/** A map as a standalone SVG image: its own colours for both schemes, a side's colour on its marks, every text escaped; its alt text in words. */
import { describe, expect, it } from 'vitest';
import { mapAlt, mapSvg } from '../../src/lib/map-svg.ts';
import { en } from '../helpers/messages.ts';

const map = {
  width: 340,
  height: 200,
  country: 'M0,0L10,0Z',
  neighbours: 'M20,20L30,20Z',
  points: [
    { id: 'town', lat: 0, lon: 0, label: 'Harbour <Town> & "Sons"', x: 100, y: 50, anchor: 'start' as const, labelX: 108, labelY: 54 },
    { id: 'ridge', lat: 0, lon: 0, label: 'Ridge', x: 200, y: 80, anchor: 'end' as const, labelX: 192, labelY: 84 },
  ],
};

describe('mapSvg', () => {
  const svg = mapSvg(map, { title: 'Coast <Crews>: places in Australia', side: 1 });

  it('is a standalone SVG sized by its view box, named by its title', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 340 200" width="340" height="200" role="img"><title>Coast &lt;Crews&gt;: places in Australia<\/title>/,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes every label, and draws each on a halo', () => {
    expect(svg).not.toContain('<Town>');
    expect(svg.match(/Harbour &lt;Town&gt; &amp; &quot;Sons&quot;/g)).toHaveLength(2);
    expect(svg).toContain('<text class="halo" x="192" y="84" text-anchor="end">Ridge</text>');
  });

  it('marks places in its side’s colour, light and dark', () => {
    expect(svg).toContain('.mark{fill:#8a4b0f}');
    expect(svg).toMatch(/@media \(prefers-color-scheme:dark\)\{.*\.mark\{fill:#f2b57a\}/);
    expect(mapSvg(map, { title: 't', side: 0 })).toContain('.mark{fill:#1f5f8b}');
  });
});

describe('mapAlt', () => {
  it.each([
    [[], 'Map of Spain, no place marked'],
    [['Jalisco'], 'Map of Mexico marking Jalisco'],
    [['Jalisco', 'Puerto Vallarta', 'Mexico City'], 'Map of Mexico marking Jalisco, Puerto Vallarta and Mexico City'],
  ])('%o', (labels, alt) => {
    expect(mapAlt(alt.includes('Spain') ? 'Spain' : 'Mexico', { points: labels.map((label) => ({ ...map.points[1]!, label })) }, en)).toBe(alt);
  });
});
