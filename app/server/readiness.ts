/**
 * The server's readiness (`GET /ready`): the doctor's checks (app/forge/github/app-doctor.ts), asked
 * of GitHub at most once a minute however often a probe asks, concurrent probes sharing one run. The
 * answer says only whether all pass and how many failed: the endpoint is as public as the webhook
 * URL, so the details (organisations, repositories) go to the log, once each time they change.
 */
import type { Logger } from 'pino';
import type { DoctorCheck } from '../forge/github/app-doctor.ts';

const FRESH_MS = 60_000;

export interface Readiness {
  ok: boolean;
  checks: number;
  failed: number;
}

export function createReadiness(
  diagnose: () => Promise<DoctorCheck[]>,
  log: Pick<Logger, 'info' | 'warn'>,
  freshMs = FRESH_MS,
): () => Promise<Readiness> {
  let last: { at: number; result: Promise<Readiness> } | undefined;
  let said: string | undefined;
  const run = async (): Promise<Readiness> => {
    const checks = await diagnose().catch((error: unknown): DoctorCheck[] => [
      { name: 'doctor', ok: false, detail: `the checks failed: ${(error as Error).message}` },
    ]);
    const failed = checks.filter((c) => !c.ok);
    const summary = failed.map((c) => `${c.name}: ${c.detail}${c.fix ? ` Fix: ${c.fix}` : ''}`).join('\n');
    if (summary !== said) {
      said = summary;
      if (failed.length === 0) log.info(`Ready: all ${checks.length} checks of callboard doctor pass`);
      for (const check of failed)
        log.warn({ check: check.name }, `Not ready: ${check.detail}${check.fix ? ` Fix: ${check.fix}` : ''}`);
    }
    return { ok: failed.length === 0, checks: checks.length, failed: failed.length };
  };
  return () => {
    if (!last || Date.now() - last.at >= freshMs) last = { at: Date.now(), result: run() };
    return last.result;
  };
}
