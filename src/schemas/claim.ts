/**
 * Claims worth checking: what the report asserts, checked against other reporting.
 * This is our analysis layer; the claim's own words stay in `evidence`.
 */
import { z } from 'zod';
import { evidence, readings, record, slug, speaker, text } from './common.ts';

/** What a check settles: the claim's `value` (its number or substance), its `timing` (a date or horizon), its `scope`, or its `attribution` (who did or said it). */
export const aspects = ['value', 'timing', 'scope', 'attribution'] as const;
/** What the source shows on that aspect. */
export const findings = ['agrees', 'contradicts', 'unclear'] as const;
/**
 * `independent` when the source does not rest on the report's speaker; `relay` when it repeats
 * them (the same officials at the same launch) or speaks for the company the report is about:
 * agreement from relays alone confirms nothing.
 */
export const independences = ['independent', 'relay'] as const;
/**
 * A claim's status, derived from its checks (never written): per aspect, `contradicted` when any
 * source contradicts it, `unclear` when any leaves it open, else `confirmed` when every source
 * agrees and at least one is independent, `relayed` when only relays agree; the claim takes its
 * worst aspect; `unchecked` when no other source covers it.
 */
export const claimStatuses = ['contradicted', 'unclear', 'relayed', 'confirmed', 'unchecked'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];
export type Aspect = (typeof aspects)[number];

export const checkSchema = record({
  /** Id of the secondary source in `content/references/`. */
  reference: slug,
  /** Which aspect of the claim this source settles (one per check; a source that settles two gets two checks). */
  aspect: z.enum(aspects),
  /** What it finds on that aspect: `agrees`, `contradicts` or `unclear`. */
  finds: z.enum(findings),
  /** Whether it is independent of the report's speaker or relays them. */
  independence: z.enum(independences),
  /** What that source says, as our notes paraphrase it, in one or two English sentences. */
  says: text,
  /** Our words on what it means for the claim, shown after its status: "a 2021–2024 figure, not a forecast"; `null` when the status says it all. */
  finding: text.nullable().default(null),
});

export const claimSchema = record({
  /** Stable slug, unique among all facts of the article, e.g. `two-billion-by-2025`. */
  id: slug,
  /** The claim, in one English sentence, attributed: "The report says …". */
  claim: text,
  /**
   * Who makes it: a person id from `people`, `report` for the outlet's own voice, or `unnamed` for
   * a speaker the report does not name. A person the passage does not name needs `readings.speaker`.
   */
  claimant: speaker,
  /** The words by which the text refers to an unnamed claimant (“elle”); only with `claimant: unnamed`. */
  speakerWords: text.nullable().default(null),
  /** What other reporting says, one entry per source and aspect; empty when no other source covers the claim. */
  checks: z.array(checkSchema).default([]),
  /**
   * Ids of the facts (amounts, dates, institutions…) of this article whose truth the checks bear
   * on: wherever one of them is shown, the status of the aspects it carries is shown beside it (a
   * date carries timing and attribution; other facts every aspect).
   */
  covers: z.array(slug).default([]),
  /** Verbatim passage of the body that makes the claim. */
  evidence,
  /** Our English rendering of `evidence` when the report is not in English; shown labelled as our translation. */
  gloss: text.nullable().default(null),
  /** What we read into the passage that it does not state (here only `speaker`: who the claimant is, when the passage does not name them), with its basis. */
  readings,
});

export type Claim = z.output<typeof claimSchema>;
export type Check = z.output<typeof checkSchema>;
