/** Schemas: valid entries pass; each kind of mistake fails with a message that says what is wrong. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { amountSchema } from '../../src/schemas/amount.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { comparisonSchema, dimensions } from '../../src/schemas/comparison.ts';
import { dateSchema } from '../../src/schemas/date.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { institutionSchema } from '../../src/schemas/institution.ts';
import { locationSchema } from '../../src/schemas/location.ts';
import { rateSchema } from '../../src/schemas/rate.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const money = {
  id: 'netflix-contribution',
  kind: 'money',
  measure: 'investment',
  payer: null,
  portion: 'share',
  value: 3,
  scale: 'million',
  currency: 'MXN',
  hedge: 'about',
  hedgeWords: 'environ',
  period: 'unspecified',
  scope: 'programme',
  what: "Netflix's participation",
  statedBy: 'report',
  evidence: 'environ trois millions de pesos',
  stated: 'environ trois millions de pesos',
};

describe('amount', () => {
  it('accepts money and quantities, defaulting scale and hedge words', () => {
    expect(issues(amountSchema, money)).toEqual([]);
    const { currency: _, scale: __, hedgeWords: ___, measure: ____, payer: _____, portion: ______, ...rest } = money;
    const parsed = amountSchema.parse({ ...rest, kind: 'quantity', unit: 'jobs', hedge: 'exact' });
    expect(parsed).toMatchObject({ scale: 'one', hedgeWords: null });
  });

  it.each([
    [{ currency: 'XYZ' }, 'currency: "XYZ" is not an ISO 4217 currency code'],
    [{ currency: 'mxn' }, 'is not an ISO 4217 currency code'],
    [{ value: -3 }, 'value: value must not be negative'],
    [{ value: Number.POSITIVE_INFINITY }, 'value: value must be a finite number'],
    [{ value: '3' }, 'value: value must be a finite number'],
    [{ hedge: 'roughly' }, 'hedge: Invalid option'],
    [{ period: 'monthly' }, 'period: Invalid option'],
    [{ scale: 'lakh' }, 'scale: Invalid option'],
    [{ evidence: '   ' }, 'evidence: evidence passage is empty'],
    [{ evidence: undefined }, 'evidence: evidence is required'],
    [{ id: 'Netflix Contribution' }, 'id: must be a lower-case slug'],
    [{ kind: 'percentage' }, 'kind must be "money" (with currency) or "quantity" (with unit)'],
    [{ stated: undefined }, 'stated: Invalid input: expected string'],
    [{ stated: '' }, 'stated: Too small'],
    [{ readings: { curency: 'x' } }, 'readings: unknown field "curency": did you mean "currency"?'],
    [{ readings: { measure: 'x' } }, 'readings: unknown field "measure" (known fields: currency, unit, hedge, period, speaker)'],
    [{ currencyBasis: 'x' }, 'unknown field "currencyBasis"'],
  ])('refuses %j', (change, message) => {
    expect(issues(amountSchema, { ...money, ...change }).join('\n')).toContain(message);
  });

  it('requires a currency for money and a unit for quantities', () => {
    expect(issues(amountSchema, { ...money, currency: undefined }).join()).toContain('currency');
    expect(issues(amountSchema, { ...money, kind: 'quantity' }).join()).toContain('unit');
  });
});

describe('date', () => {
  const stated = { id: 'launch', status: 'stated', date: '2025-05', event: 'Summit', tense: 'past', evidence: 'In May 2025', stated: 'In May 2025' };

  it('accepts stated and inferred dates (an inferred one with or without the words that give part of it)', () => {
    expect(issues(dateSchema, stated)).toEqual([]);
    expect(issues(dateSchema, { ...stated, status: 'inferred', date: '2025-05-19', basis: 'An interview says so.', basisSource: 'societe' })).toEqual([]);
    const { stated: _, ...bare } = stated;
    expect(issues(dateSchema, { ...bare, status: 'inferred', date: '2025-05-19', basis: 'An interview says so.', basisSource: 'societe' })).toEqual([]);
    expect(issues(dateSchema, bare).join()).toContain('stated: Invalid input: expected string');
  });

  it.each([
    [{ date: '2025-02-30' }, 'date: "2025-02-30" does not exist'],
    [{ date: '2025-13' }, 'date: "2025-13" has no month 13'],
    [{ date: new Date('2025-07-12') }, 'expected a date as a quoted string'],
    [{ status: 'inferred' }, 'basis: an inferred date needs its basis'],
    [{ status: 'inferred', basis: 'x' }, 'basisSource: an inferred date needs basisSource'],
    [{ status: 'guessed' }, 'status must be "stated", "inferred" or "undated"'],
  ])('refuses %j', (change, message) => {
    expect(issues(dateSchema, { ...stated, ...change }).join('\n')).toContain(message);
  });
});

describe('more kinds of reports', () => {
  const stated = { id: 'launch', status: 'stated', date: '2025-05', event: 'Summit', tense: 'past', evidence: 'In May 2025' };

  it('a planned event with no date: undated, planned, date null', () => {
    const undated = { ...stated, status: 'undated', date: null, tense: 'planned' };
    expect(issues(dateSchema, { ...undated, stated: 'In May' }).join()).toContain('unknown field "stated"');
    expect(issues(dateSchema, undated)).toEqual([]);
    expect(issues(dateSchema, { ...undated, tense: 'past' }).join()).toContain('an undated event is planned');
    expect(issues(dateSchema, { ...undated, date: '2025' }).join()).toContain('date');
  });

  it("a date inferred from the report's own metadata names no other source", () => {
    const fromMetadata = { ...stated, stated: 'In May 2025', status: 'inferred', basis: 'The dateline reads Monday 3 March.', basisKind: 'report-metadata' };
    expect(issues(dateSchema, fromMetadata)).toEqual([]);
    expect(issues(dateSchema, { ...fromMetadata, basisSource: 'ref' }).join()).toContain('basisSource: a date inferred from the report');
    expect(issues(dateSchema, { ...fromMetadata, basisKind: 'rumour' }).join()).toContain('basisKind');
  });

  it('a claim records, per source, the aspect it settles, what it finds and whether it relays the speaker; its status is never written', () => {
    const claim = { id: 'c', claim: 'The report says so.', claimant: 'report', evidence: 'so' };
    expect(issues(claimSchema, claim)).toEqual([]);
    const check = { reference: 'r', aspect: 'timing', finds: 'contradicts', independence: 'independent', says: 'x', finding: 'a past figure' };
    expect(issues(claimSchema, { ...claim, checks: [check] })).toEqual([]);
    expect(issues(claimSchema, { ...claim, status: 'confirmed' }).join()).toContain('status');
    expect(issues(claimSchema, { ...claim, checks: [{ ...check, aspect: 'size' }] }).join()).toContain('checks.0.aspect');
    expect(issues(claimSchema, { ...claim, checks: [{ ...check, finds: 'confirms' }] }).join()).toContain('checks.0.finds');
    expect(issues(claimSchema, { ...claim, checks: [{ ...check, independence: undefined }] }).join()).toContain('checks.0.independence');
  });

  it('money says whose it is: payer (an institution, or null) and portion', () => {
    expect(issues(amountSchema, { ...money, portion: undefined }).join()).toContain('portion');
    expect(issues(amountSchema, { ...money, payer: undefined }).join()).toContain('payer');
    expect(issues(amountSchema, { ...money, portion: 'part' }).join()).toContain('portion');
  });

  it('durations as quantities, an unstated currency with its basis, sub-national regions, non-profit and proposed bodies, affiliation notes', () => {
    const amount = {
      id: 'pilot',
      kind: 'quantity',
      unit: 'years',
      value: 3,
      hedge: 'exact',
      period: 'one-off',
      scope: 'programme',
      what: 'Length of the pilot',
      statedBy: 'report',
      evidence: 'a three-year pilot',
      stated: 'three-year',
    };
    expect(issues(amountSchema, amount)).toEqual([]);
    const dollars = {
      ...amount,
      kind: 'money',
      measure: 'investment',
      payer: null,
      portion: 'whole',
      currency: 'AUD',
      readings: { currency: 'The report writes “$”; the programme and outlet are Australian.' },
    };
    delete (dollars as Record<string, unknown>).unit;
    expect(issues(amountSchema, dollars)).toEqual([]);
    const region = {
      id: 'coast',
      name: 'Mid North Coast',
      kind: 'region',
      role: 'host-region',
      region: 'New South Wales',
      country: 'AU',
      coordinates: { lat: -31, lon: 152.5 },
      evidence: 'Mid North Coast',
    };
    expect(issues(locationSchema, region)).toEqual([]);
    const body = {
      id: 'screen-trust',
      name: 'Screen Trust',
      kind: 'non-profit',
      sector: null,
      role: 'partner',
      does: 'Would run it.',
      country: 'AU',
      proposed: true,
      evidence: 'a proposed trust',
    };
    expect(issues(institutionSchema, body)).toEqual([]);
    const person = {
      id: 'jo',
      name: 'Jo Tan',
      title: 'former director',
      affiliation: null,
      affiliationNote: 'The report does not say where she works now.',
      quoted: true,
      evidence: 'Jo Tan',
    };
    expect(issues(personSchema, person)).toEqual([]);
  });

  it('a rate is for one day, and may be approximate; a month is refused', () => {
    const rate = { base: 'EUR', quote: 'AUD', value: 1.6, date: '2025-06-02', kind: 'reference rate', source: 'ref', why: 'Nearest.' };
    expect(issues(rateSchema, { ...rate, approximate: true })).toEqual([]);
    expect(issues(rateSchema, { ...rate, date: '2025-06' }).join()).toContain('date: a rate is for one day');
  });
});

describe('location', () => {
  const place = {
    id: 'marseille',
    name: 'Marseille',
    kind: 'city',
    role: 'host-city',
    region: null,
    country: 'FR',
    coordinates: { lat: 43.3, lon: 5.37 },
    evidence: 'Marseille',
  };

  it.each([
    [{ country: 'UK' }, 'country: "UK" is not an ISO 3166-1 alpha-2 country code'],
    [{ country: 'fr' }, 'is not an ISO 3166-1 alpha-2 country code'],
    [{ coordinates: { lat: 91, lon: 0 } }, 'coordinates.lat: latitude must be between -90 and 90'],
    [{ coordinates: { lat: 0, lon: -181 } }, 'coordinates.lon: longitude must be between -180 and 180'],
    [{ role: 'capital' }, 'role: Invalid option'],
  ])('refuses %j', (change, message) => {
    expect(issues(locationSchema, place)).toEqual([]);
    expect(issues(locationSchema, { ...place, ...change }).join('\n')).toContain(message);
  });
});

describe('institution and source', () => {
  it('refuses unknown roles and kinds', () => {
    const base = { id: 'plai', name: 'PLAi', kind: 'public-agency', sector: 'public', role: 'supporter', does: 'Supports.', country: 'MX', evidence: 'PLAi' };
    expect(issues(institutionSchema, base)).toEqual([]);
    expect(issues(institutionSchema, { ...base, role: 'donor' }).join()).toContain('role: Invalid option');
    expect(issues(institutionSchema, { ...base, kind: 'ngo' }).join()).toContain('kind: Invalid option');
  });

  it('accepts only http(s) URLs for sources', () => {
    const source = {
      outlet: 'X',
      outletPlace: null,
      byline: null,
      headline: 'H',
      language: 'fr',
      translatedFrom: 'es',
      url: 'https://example.org/a',
      published: null,
      accessed: null,
    };
    expect(issues(sourceSchema, source)).toEqual([]);
    expect(issues(sourceSchema, { ...source, url: 'javascript:alert(1)' }).join()).toContain('url: must be an absolute http(s) URL');
    expect(issues(sourceSchema, { ...source, url: 'data:text/html,hi' }).join()).toContain('url: must be an absolute http(s) URL');
    expect(issues(sourceSchema, { ...source, language: 'French' }).join()).toContain('language: must be a BCP 47 language tag');
  });
});

describe('article cross-field rules', () => {
  const article = {
    title: 'T',
    published: '2026-11-22',
    dek: 'D',
    source: { outlet: 'X', outletPlace: null, byline: null, headline: 'H', language: 'fr', translatedFrom: null, url: null, published: null, accessed: null },
    initiative: { name: 'Lab', kind: 'training-programme', sponsor: 'netflix', country: 'MX', summary: 'S', evidence: 'Lab' },
    institutions: [{ id: 'netflix', name: 'Netflix', kind: 'company', sector: 'private', role: 'sponsor', does: 'Funds.', country: null, evidence: 'Netflix' }],
    people: [{ id: 'tavares', name: 'Tavares', title: null, affiliation: 'netflix', quoted: true, evidence: 'Tavares' }],
    amounts: [{ ...money, statedBy: 'tavares' }],
  };

  it('accepts a consistent article, with a person, the report or an unnamed speaker', () => {
    expect(issues(articleSchema, article)).toEqual([]);
    expect(issues(articleSchema, { ...article, amounts: [{ ...money, statedBy: 'unnamed' }] })).toEqual([]);
    expect(issues(articleSchema, { ...article, institutions: [{ ...article.institutions[0], speaker: 'tavares' }] })).toEqual([]);
  });

  it('accepts an unnamed speaker with the words the text uses for them, and an unknown original language', () => {
    const unnamed = {
      ...article,
      amounts: [{ ...money, statedBy: 'unnamed', speakerWords: 'elle' }],
      source: { ...article.source, translatedFrom: 'unknown' },
    };
    expect(issues(articleSchema, unnamed)).toEqual([]);
    expect(issues(articleSchema, { ...article, institutions: [{ ...article.institutions[0], speaker: 'tavares' }] })).toEqual([]);
  });

  it.each([
    [{ people: [{ ...article.people[0], id: 'netflix' }] }, 'people.0.id: duplicate fact id "netflix" (already used at institutions.0)'],
    [{ initiative: { ...article.initiative, sponsor: 'filma' } }, 'initiative.sponsor: "filma" is not the id of an institution'],
    [{ people: [{ ...article.people[0], affiliation: 'filma' }] }, 'people.0.affiliation: "filma" is not the id of an institution'],
    [{ amounts: [{ ...money, statedBy: 'someone' }] }, 'amounts.0.statedBy: "someone" is neither "report", "unnamed" nor the id of a person'],
    [{ amounts: [{ ...money, payer: 'filma' }] }, 'amounts.0.payer: "filma" is not the id of an institution in this article'],
    [{ amounts: [{ ...money, statedBy: 'tavares', speakerWords: 'elle' }] }, 'amounts.0.speakerWords: speakerWords names an unnamed speaker'],
    [
      { institutions: [{ ...article.institutions[0], speaker: 'someone' }] },
      'institutions.0.speaker: "someone" is neither "report", "unnamed" nor the id of a person',
    ],
    [{ source: { ...article.source, translatedFrom: 'klingon' } }, 'source.translatedFrom'],
    [{ initiative: { ...article.initiative, speaker: 'someone' } }, 'initiative.speaker: "someone" is neither'],
    [{ people: [{ ...article.people[0], id: 'unnamed' }], amounts: [] }, 'people.0.id: "unnamed" names a voice'],
    [{ institutions: [] }, 'institutions: an article names at least one institution'],
    [{ title: undefined }, 'title: Invalid input: expected string, received undefined'],
  ])('refuses %j', (change, message) => {
    expect(issues(articleSchema, { ...article, ...change }).join('\n')).toContain(message);
  });
});

describe('comparison and rate', () => {
  const verdicts = dimensions.map((dimension) => ({ dimension, short: 'S', finding: 'F', comparable: 'partly', why: 'W' }));
  const comparison = { title: 'T', dek: 'D', published: '2026-11-22', articles: ['a', 'b'], currency: 'EUR', verdicts };

  it('accepts a comparison with one verdict per dimension', () => {
    expect(issues(comparisonSchema, comparison)).toEqual([]);
  });

  it.each([
    [{ articles: ['a', 'a'] }, 'articles.1: an article cannot be compared with itself ("a")'],
    [{ articles: ['a'] }, 'articles'],
    [{ verdicts: verdicts.slice(1) }, 'verdicts: needs exactly one verdict for "money", found 0'],
    [{ verdicts: [...verdicts, verdicts[0]] }, 'needs exactly one verdict for "money", found 2'],
    [{ currency: 'EURO' }, 'currency: "EURO" is not an ISO 4217 currency code'],
  ])('refuses %j', (change, message) => {
    expect(issues(comparisonSchema, { ...comparison, ...change }).join('\n')).toContain(message);
  });

  it('refuses a rate that is not positive or converts a currency to itself', () => {
    const rate = { base: 'EUR', quote: 'MXN', value: 21.97, date: '2025-06-02', kind: 'close', source: 'ref', why: 'W' };
    expect(issues(rateSchema, rate)).toEqual([]);
    expect(issues(rateSchema, { ...rate, value: 0 }).join()).toContain('value: a rate must be a positive number');
    expect(issues(rateSchema, { ...rate, quote: 'EUR' }).join()).toContain('quote: base and quote must differ');
  });
});

describe('the published JSON Schema says what the data means where a field could mislead', () => {
  it('payer, for an economic impact, is whose spending has the impact, not money that institution pays', () => {
    const schema = JSON.stringify(z.toJSONSchema(articleSchema, { io: 'input' }));
    expect(schema).toMatch(/"description":"[^"]*economic-impact[^"]*whose spending[^"]*not money[^"]*"/);
  });
});
