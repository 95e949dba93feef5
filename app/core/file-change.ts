/** What the core's writers produce: one file of a commit, with new text, or `null` to delete it. */
export interface FileChange {
  path: string;
  content: string | null;
}

/** A change a commit can carry: text, or bytes for a file that is not text (an image of a docs page). */
export interface CommitFileChange {
  path: string;
  content: string | Uint8Array | null;
}
