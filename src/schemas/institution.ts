/** Institutions the report names, and their role in the initiative. */
import { z } from 'zod';
import { countryCode, evidence, readings, record, slug, speakerFields, text } from './common.ts';

export const institutionKinds = [
  'company',
  'public-agency',
  'government',
  'school',
  'cultural-institution',
  'trust',
  'academy',
  'public-plan',
  'event',
  'non-profit',
] as const;

export const institutionRoles = [
  /** Funds or promotes the initiative. */
  'sponsor',
  /** Runs or co-runs it. */
  'organiser',
  /** Lends support without running it. */
  'supporter',
  /** Works with the sponsor on it. */
  'partner',
  /** Receives the money, training or support. */
  'beneficiary',
  /** Takes part in the launch or events. */
  'participant',
  /** The wider plan or event the initiative belongs to. */
  'framework',
  /** Named in passing, outside the initiative itself. */
  'mentioned',
] as const;

export const institutionSchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `state-film-office`. */
  id: slug,
  /** Name as the report writes it, e.g. "Commission du film de l’État (CFE)". */
  name: text,
  /** Our English rendering of `name` when it is not in English ("State Film Commission"); shown labelled as our translation. */
  nameGloss: text.nullable().default(null),
  /** Other names the report uses for it, e.g. `["CFE"]`. */
  aliases: z.array(text).default([]),
  /** Kind of body (closed list). */
  kind: z.enum(institutionKinds),
  /** Whether it is public, private or mixed, when the report says so; `null` when it does not. */
  sector: z.enum(['public', 'private', 'mixed']).nullable(),
  /** Its role in this initiative (closed list). */
  role: z.enum(institutionRoles),
  /** What the report says it does in the initiative, in one English sentence. */
  does: text,
  /** True when the body does not exist yet: the report describes it as proposed or planned. */
  proposed: z.boolean().default(false),
  /** ISO 3166-1 alpha-2 country it belongs to; `null` when neither report nor context says. */
  country: countryCode.nullable(),
  ...speakerFields,
  /** Verbatim passage that names it in this role. */
  evidence,
  /** Our English translation of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
  /** What we read into the passage that it does not state (here only `speaker`), with its basis. */
  readings,
});

export type Institution = z.output<typeof institutionSchema>;
