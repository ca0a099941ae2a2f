import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db";
import { readInstallState } from "@/lib/integrations/github/install-state";
import { createAppOctokit } from "@/lib/providers/github/create-octokit";
import { githubAppCredentials } from "@/lib/providers/github/github-env";

/**
 * GitHub's setup redirect after the merchant installed the app: reads the installation (with the
 * app's JWT) and stores it for the organization named in the signed state. An installation
 * already connected to another organization is refused. Returns the organization's slug.
 */
export async function connectGitHubInstallation(db: Db, installationId: string, state: string): Promise<string> {
  const organizationId = readInstallState(state);
  if (!organizationId) throw new ApiError("bad_request", "This install link is invalid or expired: start again from the Integrations page");
  if (!/^\d+$/.test(installationId)) throw ApiError.invalid(["query", "installation_id"], "Not a GitHub installation id");
  if (!githubAppCredentials()) throw new ApiError("bad_request", "GitHub integration not configured on this server", {}, "integration_not_configured");
  let account: string;
  try {
    const { data } = await createAppOctokit().rest.apps.getInstallation({ installation_id: Number(installationId) });
    account = (data.account && "login" in data.account ? data.account.login : data.account?.name) ?? installationId;
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 404) throw ApiError.invalid(["query", "installation_id"], "GitHub does not know this installation of Benefactor's app");
    throw err;
  }
  const taken = await db.organizationIntegration.findFirst({
    where: { platform: "github", kind: "github_app", externalId: installationId, organizationId: { not: organizationId } },
    select: { id: true },
  });
  if (taken) throw new ApiError("conflict", "This GitHub installation is already connected to another organization");
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { slug: true } });
  await db.organizationIntegration.upsert({
    where: { organizationId_platform_externalId: { organizationId, platform: "github", externalId: installationId } },
    create: { organizationId, platform: "github", kind: "github_app", externalId: installationId, name: account, status: "ok", checkedAt: new Date() },
    update: { name: account, status: "ok", error: null, checkedAt: new Date() },
  });
  return org.slug;
}
