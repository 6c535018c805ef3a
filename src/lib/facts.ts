/** The facts of an article, read uniformly whatever their type. */

/** Frontmatter lists that hold facts, in the order pages present them. */
export const FACT_LISTS = ['institutions', 'people', 'amounts', 'dates', 'locations', 'beneficiaries', 'claims'] as const;
export type FactList = (typeof FACT_LISTS)[number];

/** The initiative record is a fact too; it has no id of its own, so it gets this one. */
export const INITIATIVE_ID = 'initiative';

export interface FactRef {
  id: string;
  evidence: string;
  /** Path of the fact in the frontmatter, e.g. `amounts.0`. */
  path: string;
  list: FactList | typeof INITIATIVE_ID;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Every fact's id, evidence and frontmatter path. Works on raw (unvalidated) frontmatter too, so
 * the highlighter and the content check read facts the same way; entries without a string id or
 * evidence are skipped here (the schema reports them).
 */
export function factsOf(frontmatter: unknown): FactRef[] {
  if (!isRecord(frontmatter)) return [];
  const facts: FactRef[] = [];
  const initiative = frontmatter.initiative;
  if (isRecord(initiative) && typeof initiative.evidence === 'string') {
    facts.push({ id: INITIATIVE_ID, evidence: initiative.evidence, path: 'initiative', list: INITIATIVE_ID });
  }
  for (const list of FACT_LISTS) {
    const items = frontmatter[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (isRecord(item) && typeof item.id === 'string' && typeof item.evidence === 'string') {
        facts.push({ id: item.id, evidence: item.evidence, path: `${list}.${i}`, list });
      }
    });
  }
  return facts;
}

/** The frontmatter record a fact reference points at (`amounts.0` → the first amount). */
export function recordOf(frontmatter: unknown, fact: FactRef): Record<string, unknown> | null {
  if (!isRecord(frontmatter)) return null;
  if (fact.list === INITIATIVE_ID) return isRecord(frontmatter.initiative) ? frontmatter.initiative : null;
  const items = frontmatter[fact.list];
  const item: unknown = Array.isArray(items) ? items[Number(fact.path.split('.')[1])] : null;
  return isRecord(item) ? item : null;
}

/** The field that names who speaks a fact's passage: `statedBy` (amounts), `claimant` (claims), else `speaker`. */
export function speakerField(fact: FactRef): 'statedBy' | 'claimant' | 'speaker' {
  return fact.list === 'amounts' ? 'statedBy' : fact.list === 'claims' ? 'claimant' : 'speaker';
}

/** Who speaks a fact's passage (a person id, `report` or `unnamed`); `report` when not set. */
export function speakerOf(frontmatter: unknown, fact: FactRef): string {
  const id = recordOf(frontmatter, fact)?.[speakerField(fact)];
  return typeof id === 'string' ? id : 'report';
}

/** Our English translation of a fact's evidence passage (its `gloss`), or null when it has none. */
export function glossOf(frontmatter: unknown, fact: FactRef): string | null {
  const gloss = recordOf(frontmatter, fact)?.gloss;
  return typeof gloss === 'string' && gloss.trim() !== '' ? gloss : null;
}
