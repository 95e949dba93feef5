/** Who Callboard is on GitHub, to recognise what it wrote (and never take over a human's comment). */
export interface ForgeIdentity {
  /** The GitHub App's id, when running as an app. */
  appId?: number;
  /** The login its writes appear under, e.g. `callboard[bot]`. */
  login: string;
}

type Authored = {
  user?: { login?: string } | null;
  performed_via_github_app?: { id?: number } | null;
  app?: { id?: number } | null;
};

export function isOurs(item: Authored, identity: ForgeIdentity): boolean {
  const appId = item.performed_via_github_app?.id ?? item.app?.id;
  if (identity.appId !== undefined && appId !== undefined) return appId === identity.appId;
  return item.user?.login === identity.login;
}
