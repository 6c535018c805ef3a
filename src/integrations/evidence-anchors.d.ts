/** Served by the content-guard integration from the content check (`checkBodies`). */
declare module 'virtual:evidence-anchors' {
  /**
   * Fact id → `id` of the highlighted passage the fact links to, for the article `id`;
   * `undefined` when the check found no anchors for it (no such article, or a passage missing).
   */
  const anchorsOf: (id: string) => Readonly<Record<string, string>> | undefined;
  export default anchorsOf;
}

/** Served by the content-guard integration from the content check (`checkBodies`). */
declare module 'virtual:article-checks' {
  import type { ArticleCheck } from '../lib/trust/verification.ts';
  /** What the check proved of the article `id`'s body (hash as stored, passages found); `undefined` for no such article. */
  const checkOf: (id: string) => Readonly<ArticleCheck> | undefined;
  export default checkOf;
}
