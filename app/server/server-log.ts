/**
 * The server's logger: Probot's own (pino through @probot/pino: `LOG_LEVEL`, `LOG_FORMAT` json or
 * pretty, `LOG_LEVEL_IN_STRING`, `LOG_MESSAGE_KEY`, `SENTRY_DSN`), made safe for hostile input.
 * Probot and @octokit/webhooks attach the whole event to every error they log (`error.event`, the
 * payload: 200 MB logged three times for one bad request), and Probot's request logging writes each
 * request body sent to GitHub at debug level. Here an error is logged as its type, a clipped
 * message, its stack, status and code, and nothing else; request bodies are dropped; a `payload`
 * anywhere near the top is censored. Every logger Probot makes is a child of this one and inherits it.
 */
import { getTransformStream } from '@probot/pino';
import { pino, type Logger } from 'pino';

/** Longest message kept (an error message can quote what it failed on). */
const MAX_MESSAGE = 500;
/** How deep causes and aggregated errors are followed. */
const MAX_ERROR_DEPTH = 3;

/** The logger, writing to stdout (or `destination`, for tests). */
export async function createServerLog(
  env: Record<string, string | undefined>,
  destination?: NodeJS.WritableStream,
): Promise<Logger> {
  const logFormat = env.LOG_FORMAT
    ? env.LOG_FORMAT === 'pretty'
      ? 'pretty'
      : 'json'
    : env.NODE_ENV === 'production'
      ? 'json'
      : 'pretty';
  const transform = await getTransformStream({
    logFormat,
    logLevelInString: env.LOG_LEVEL_IN_STRING === 'true',
    sentryDsn: env.SENTRY_DSN || undefined,
  });
  // pino's own stdout writer (SonicBoom) is a stream, not typed as one.
  transform.pipe(destination ?? (pino.destination(1) as unknown as NodeJS.WritableStream));
  return pino(
    {
      name: 'probot',
      level: env.LOG_LEVEL || 'info',
      messageKey: env.LOG_MESSAGE_KEY || 'msg',
      serializers: { err: errorWithoutPayload },
      redact: { paths: ['payload', '*.payload'], censor: '[payload not logged]' },
      hooks: { logMethod: withoutBodies },
    },
    transform,
  );
}

/** An error as a log line can hold it: no attached event, request or response, the message clipped. */
export function errorWithoutPayload(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error))
    return { message: clip(typeof error === 'string' ? error : `a thrown ${error === null ? 'null' : typeof error}`) };
  const { status, code } = error as { status?: unknown; code?: unknown };
  const message = clip(error.message);
  // The stack's first line repeats the message: keep only the frames after it.
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .slice(0, 20);
  const serialized: Record<string, unknown> = {
    type: error.name,
    message,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  };
  if (typeof status === 'number') serialized.status = status;
  if (typeof code === 'string' || typeof code === 'number') serialized.code = code;
  if (depth < MAX_ERROR_DEPTH) {
    if (error instanceof AggregateError)
      serialized.errors = [...error.errors].slice(0, 5).map((inner) => errorWithoutPayload(inner, depth + 1));
    if (error.cause !== undefined) serialized.cause = errorWithoutPayload(error.cause, depth + 1);
  }
  return serialized;
}

const clip = (text: string) =>
  text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}… (${text.length} characters)` : text;

/**
 * Probot logs each request to GitHub as `debug(body, 'GitHub request: …')`: the body (repository
 * content, check run text) is dropped and the line kept. A bare error gets its message clipped.
 */
function withoutBodies(this: Logger, args: Parameters<Logger['info']>, method: (...args: unknown[]) => void) {
  const [first, second, ...rest] = args as unknown[];
  if (typeof second === 'string' && second.startsWith('GitHub request:')) return method.apply(this, [second]);
  if (first instanceof Error && second === undefined) return method.apply(this, [first, clip(first.message)]);
  if (typeof first === 'string')
    return method.apply(this, [clip(first), ...(second === undefined ? [] : [second]), ...rest]);
  return method.apply(this, args as unknown[]);
}
