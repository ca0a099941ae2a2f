import type { DbTx } from "@/lib/db";
import { openGitHubToken } from "@/lib/integrations/github/github-integration-secret";
import { PermanentJobError } from "@/lib/jobs/job-errors";
import { createOctokit, type GitHubClient } from "@/lib/providers/github/create-octokit";
import { githubApiUrl, githubAppCredentials } from "@/lib/providers/github/github-env";

export type GitHubIntegrationRow = { id: string; organizationId: string; kind: string; externalId: string; name: string | null; secret: string | null };

// One octokit per integration and process: it keeps the installation token and the rate limiters.
const clients = new Map<string, GitHubClient>();

/** The octokit of one stored integration (GitHub App installation or token). */
export function clientForIntegration(row: GitHubIntegrationRow): GitHubClient {
  const key = `${githubApiUrl()}|${row.id}|${row.kind}|${row.externalId}|${row.secret ?? ""}`;
  let client = clients.get(key);
  if (!client) {
    if (row.kind === "github_app" && !githubAppCredentials()) {
      throw new PermanentJobError("GitHub integration not configured: this server has no GitHub App credentials (GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY)");
    }
    client = createOctokit(
      row.kind === "github_app" ? { kind: "github_app", installationId: row.externalId } : { kind: "github_token", token: openGitHubToken(row.organizationId, row.secret ?? "") },
      `benefactor-${row.id}`,
    );
    clients.set(key, client);
  }
  return client;
}

export function listGitHubIntegrations(db: DbTx, organizationId: string): Promise<GitHubIntegrationRow[]> {
  return db.organizationIntegration.findMany({
    where: { organizationId, platform: "github" },
    select: { id: true, organizationId: true, kind: true, externalId: true, name: true, secret: true },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * The client that acts on `owner`'s repositories for an organization: the GitHub App installed on
 * that account, else the organization's token. Throws PermanentJobError saying what to connect.
 */
export async function getGitHubClient(db: DbTx, organizationId: string, owner: string): Promise<GitHubClient> {
  const rows = await listGitHubIntegrations(db, organizationId);
  if (rows.length === 0) {
    throw new PermanentJobError("GitHub integration not configured: connect GitHub on the Integrations page, then retry");
  }
  const installed = rows.find((r) => r.kind === "github_app" && r.name?.toLowerCase() === owner.toLowerCase());
  const token = rows.find((r) => r.kind === "github_token");
  const row = installed ?? token;
  if (!row) throw new PermanentJobError(`Benefactor's GitHub App is not installed on ${owner}: install it on ${owner} from the Integrations page, then retry`);
  return clientForIntegration(row);
}
