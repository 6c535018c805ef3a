/** Served by the content-guard integration from the content check (`checkBodies`). */
declare module 'virtual:evidence-anchors' {
  /**
   * Fact id → `id` of the highlighted passage the fact links to, for the article `id`;
   * `undefined` when the check found no anchors for it (no such article, or a passage missing).
   */
  const anchorsOf: (id: string) => Readonly<Record<string, string>> | undefined;
  export default anchorsOf;
}
