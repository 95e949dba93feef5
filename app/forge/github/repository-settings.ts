/**
 * A repository's settings that scorecards ask about: the branch's protection (rulesets and classic
 * protection combined), its security features and whether Dependabot alerts are on. REST GETs, each
 * conditional on its last ETag (conditional-requests.ts), so asking again while nothing changed
 * costs no rate limit; only the parts asked are read. Whatever GitHub will not say (the app lacks
 * a permission) is left out, never guessed.
 */
import { type RepositoryId } from '../types.ts';
import {
  SETTINGS_PARTS,
  type BranchProtection,
  type RepositorySettings,
  type SettingsPart,
} from '../../core/scorecard/repository-settings.ts';
import type { CallboardOctokit } from './callboard-octokit.ts';

/** What one source (rulesets, or classic protection) says about a branch. */
interface Rules {
  any: boolean;
  requiredReviews: number;
  codeOwnerReviews: boolean;
  requiredChecks: string[];
  blocksForcePushes: boolean;
  blocksDeletions: boolean;
}

const NONE: Rules = {
  any: false,
  requiredReviews: 0,
  codeOwnerReviews: false,
  requiredChecks: [],
  blocksForcePushes: false,
  blocksDeletions: false,
};

const statusOf = (error: unknown) => (error as { status?: number }).status;

/**
 * The repository itself is always read (conditional, so free while unchanged): it says whether there is one to ask
 * about.
 */
export async function repositorySettings(
  octokit: CallboardOctokit,
  repository: RepositoryId,
  branch: string,
  parts: readonly SettingsPart[] = SETTINGS_PARTS,
): Promise<RepositorySettings | undefined> {
  const params = { owner: repository.owner, repo: repository.name };
  let analysis:
    { secret_scanning?: { status?: string }; dependabot_security_updates?: { status?: string } } | null | undefined;
  try {
    analysis = (await octokit.request('GET /repos/{owner}/{repo}', params)).data.security_and_analysis;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  const asked = new Set(parts);
  const [protection, alerts] = await Promise.all([
    asked.has('protection') ? branchProtection(octokit, params, branch) : undefined,
    asked.has('alerts') ? dependabotAlerts(octokit, params) : undefined,
  ]);
  const secretScanning = asked.has('security') ? analysis?.secret_scanning?.status : undefined;
  const securityUpdates = asked.has('security') ? analysis?.dependabot_security_updates?.status : undefined;
  return {
    ...(protection ? { branchProtection: protection } : {}),
    ...(secretScanning ? { secretScanning: secretScanning === 'enabled' } : {}),
    ...(securityUpdates ? { dependabotSecurityUpdates: securityUpdates === 'enabled' } : {}),
    ...(alerts !== undefined ? { dependabotAlerts: alerts } : {}),
  };
}

async function branchProtection(
  octokit: CallboardOctokit,
  params: { owner: string; repo: string },
  branch: string,
): Promise<BranchProtection | undefined> {
  const [rulesets, classic] = await Promise.all([
    rulesetRules(octokit, params, branch),
    classicRules(octokit, params, branch),
  ]);
  return rulesets && classic !== undefined ? combine(rulesets, classic ?? NONE) : undefined;
}

/**
 * GitHub answers 204 when Dependabot alerts are on, 404 when off; undefined when it will not say (403: no
 * administration permission).
 */
async function dependabotAlerts(
  octokit: CallboardOctokit,
  params: { owner: string; repo: string },
): Promise<boolean | undefined> {
  try {
    await octokit.request('GET /repos/{owner}/{repo}/vulnerability-alerts', params);
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    if (statusOf(error) === 403) return undefined;
    throw error;
  }
}

/**
 * The rules of every ruleset that applies to the branch (active ones only, as GitHub lists them); undefined when GitHub
 * will not say.
 */
async function rulesetRules(
  octokit: CallboardOctokit,
  params: { owner: string; repo: string },
  branch: string,
): Promise<Rules | undefined> {
  let rules;
  try {
    rules = await octokit.paginate('GET /repos/{owner}/{repo}/rules/branches/{branch}', {
      ...params,
      branch,
      per_page: 100,
    });
  } catch (error) {
    if (statusOf(error) === 403 || statusOf(error) === 404) return undefined;
    throw error;
  }
  const found: Rules = { ...NONE, requiredChecks: [] };
  for (const rule of rules) {
    found.any = true;
    if (rule.type === 'pull_request') {
      found.requiredReviews = Math.max(found.requiredReviews, rule.parameters?.required_approving_review_count ?? 0);
      found.codeOwnerReviews ||= rule.parameters?.require_code_owner_review ?? false;
    } else if (rule.type === 'required_status_checks') {
      found.requiredChecks.push(...(rule.parameters?.required_status_checks.map((c) => c.context) ?? []));
    } else if (rule.type === 'non_fast_forward') found.blocksForcePushes = true;
    else if (rule.type === 'deletion') found.blocksDeletions = true;
  }
  return found;
}

/**
 * Classic protection: null when the branch is not protected, undefined when GitHub will not say
 * (403: no administration permission). The protected branches are listed first: a listing answers
 * 304 while unchanged, where asking an unprotected branch's protection is a 404 that counts every time.
 */
async function classicRules(
  octokit: CallboardOctokit,
  params: { owner: string; repo: string },
  branch: string,
): Promise<Rules | null | undefined> {
  const protectedBranches = await octokit.paginate('GET /repos/{owner}/{repo}/branches', {
    ...params,
    protected: true,
    per_page: 100,
  });
  if (!protectedBranches.some((b) => b.name === branch)) return null;
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', {
      ...params,
      branch,
    });
    const reviews = data.required_pull_request_reviews;
    const checks = data.required_status_checks;
    return {
      any: true,
      requiredReviews: reviews ? (reviews.required_approving_review_count ?? 0) : 0,
      codeOwnerReviews: reviews?.require_code_owner_reviews ?? false,
      requiredChecks: checks ? [...checks.contexts, ...checks.checks.map((c) => c.context)] : [],
      blocksForcePushes: data.allow_force_pushes?.enabled !== true,
      blocksDeletions: data.allow_deletions?.enabled !== true,
    };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    if (statusOf(error) === 403) return undefined;
    throw error;
  }
}

/**
 * The stricter of the two wins: the most reviews, every check, and force pushes or deletions only when neither forbids
 * them.
 */
function combine(rulesets: Rules, classic: Rules): BranchProtection {
  return {
    enabled: rulesets.any || classic.any,
    requiredReviews: Math.max(rulesets.requiredReviews, classic.requiredReviews),
    codeOwnerReviews: rulesets.codeOwnerReviews || classic.codeOwnerReviews,
    requiredChecks: [...new Set([...rulesets.requiredChecks, ...classic.requiredChecks])].sort(),
    allowsForcePushes: !rulesets.blocksForcePushes && !classic.blocksForcePushes,
    allowsDeletions: !rulesets.blocksDeletions && !classic.blocksDeletions,
  };
}
