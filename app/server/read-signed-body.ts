/**
 * Reads a webhook's body as it arrives, hashing it on the way (HMAC-SHA256 with the webhook
 * secret), and stops reading the moment it is too large or the server holds too many unverified
 * bytes: nothing beyond the limit is read, so nothing beyond it is buffered. The signature is
 * compared in constant time once the last byte is in; until then nothing of the body is parsed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type SignedBody =
  | { outcome: 'verified'; body: Buffer; bytes: number }
  /**
   * `too-large`: over the body limit; `busy`: over the bytes all requests may hold at once; `aborted`: the sender went
   * away.
   */
  | { outcome: 'bad-signature' | 'too-large' | 'busy' | 'aborted'; bytes: number };

/** Unverified bytes held by every request being read, against one ceiling. */
export interface BodyBudget {
  take(bytes: number): boolean;
  release(bytes: number): void;
}

export function createBodyBudget(maxBytes: number): BodyBudget {
  let held = 0;
  return {
    take(bytes) {
      if (held + bytes > maxBytes) return false;
      held += bytes;
      return true;
    },
    release(bytes) {
      held -= bytes;
    },
  };
}

/** `sha256=` and 64 hex digits, as GitHub sends `x-hub-signature-256`. */
export const SIGNATURE_FORMAT = /^sha256=[0-9a-f]{64}$/;

/**
 * The body, once its signature is verified. The bytes it holds are taken from `budget` and given
 * back before this resolves, whatever the outcome: the caller holds the verified body from then on.
 */
export function readSignedBody(
  request: IncomingMessage,
  options: { secret: string; signature: string; limit: number; budget: BodyBudget },
): Promise<SignedBody> {
  const { secret, signature, limit, budget } = options;
  return new Promise((resolve) => {
    const hmac = createHmac('sha256', secret);
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const settle = (result: SignedBody) => {
      if (settled) return;
      settled = true;
      request.off('data', onData).off('end', onEnd).off('error', onAborted).off('close', onClose);
      // Whatever is still coming is not read: the answer goes out with `connection: close`.
      if (result.outcome !== 'verified') request.pause();
      budget.release(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) return settle({ outcome: 'too-large', bytes });
      if (!budget.take(chunk.length)) return settle({ outcome: 'busy', bytes });
      chunks.push(chunk);
      hmac.update(chunk);
    };
    const onEnd = () => {
      const expected = Buffer.from(signature.slice('sha256='.length), 'hex');
      const verified = timingSafeEqual(hmac.digest(), expected);
      settle(
        verified ? { outcome: 'verified', body: Buffer.concat(chunks), bytes } : { outcome: 'bad-signature', bytes },
      );
    };
    const onAborted = () => settle({ outcome: 'aborted', bytes });
    const onClose = () => {
      if (!request.complete) onAborted();
    };
    request.on('data', onData).on('end', onEnd).on('error', onAborted).on('close', onClose);
  });
}
