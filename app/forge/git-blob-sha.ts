/** The id git gives a file's content (`git hash-object`), so what Callboard computes and what a forge lists agree. */
import { createHash } from 'node:crypto';

export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
