import { createInstallState } from "@/lib/integrations/github/install-state";
import { githubAppCredentials, githubAppSlug, githubWebUrl } from "@/lib/providers/github/github-env";

/** The GitHub App's install page for this organization, or null when the app is not configured. */
export function githubInstallUrl(organizationId: string): string | null {
  const slug = githubAppSlug();
  if (!slug || !githubAppCredentials()) return null;
  return `${githubWebUrl()}/apps/${encodeURIComponent(slug)}/installations/new?state=${encodeURIComponent(createInstallState(organizationId))}`;
}
