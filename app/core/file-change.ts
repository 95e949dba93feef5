/** What the core's writers produce: one file of a commit, with new text, or `null` to delete it. */
export interface FileChange {
  path: string;
  content: string | null;
}
