/**
 * A repository's settings as scoring facts: what the forge reads (forge.repositorySettings) and the
 * `github.*` facts of the scorecards are made of.
 */
/** The default branch's protection, classic and by rulesets combined (the stricter wins). */
export interface BranchProtection {
  /** Anything protects the branch (a classic rule, or a ruleset's rule that applies to it). */
  enabled: boolean;
  requiredReviews: number;
  codeOwnerReviews: boolean;
  /** Status check names that must pass, sorted. */
  requiredChecks: string[];
  allowsForcePushes: boolean;
  allowsDeletions: boolean;
}

/**
 * A repository's settings, as far as the forge tells: a field is absent when it would not say
 * (the app lacks a permission, the forge has no such setting), never guessed false.
 */
export interface RepositorySettings {
  branchProtection?: BranchProtection;
  secretScanning?: boolean;
  dependabotSecurityUpdates?: boolean;
  /** Dependabot alerts are on. */
  dependabotAlerts?: boolean;
}

/**
 * What a settings read covers, each part its own requests: the branch's protection, security_and_analysis, Dependabot
 * alerts.
 */
export type SettingsPart = 'protection' | 'security' | 'alerts';
export const SETTINGS_PARTS: readonly SettingsPart[] = ['protection', 'security', 'alerts'];
