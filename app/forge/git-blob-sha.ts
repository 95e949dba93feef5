/** The id git gives a file's content (`git hash-object`), so what Callboard computes and what a forge lists agree. */
import { createHash } from 'node:crypto';

export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
