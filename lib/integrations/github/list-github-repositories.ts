import type { DbTx } from "@/lib/db";
import { clientForIntegration, listGitHubIntegrations, type GitHubIntegrationRow } from "@/lib/integrations/github/get-github-client";

export type ReachableRepository = { owner: string; name: string; full_name: string; private: boolean; can_administer: boolean; integration_id: string };
type RepoData = { name: string; full_name: string; private: boolean; owner: { login: string }; permissions?: { admin?: boolean } };

async function reposOf(row: GitHubIntegrationRow): Promise<RepoData[]> {
  const client = clientForIntegration(row);
  if (row.kind === "github_token") return (await client.paginate(client.rest.repos.listForAuthenticatedUser, { per_page: 100 })) as RepoData[];
  // An installation's repositories may not carry per-caller `permissions`: the installation's own
  // Administration permission (on its access token) says whether it can invite collaborators.
  const token = (await client.auth({ type: "installation" })) as { permissions?: Record<string, string> };
  const canAdminister = token.permissions?.administration === "write";
  const repos = (await client.paginate(client.rest.apps.listReposAccessibleToInstallation, { per_page: 100 })) as RepoData[];
  return repos.map((r) => ({ ...r, permissions: { admin: r.permissions?.admin ?? canAdminister } }));
}

/**
 * The repositories Benefactor can reach through each of the organization's GitHub integrations,
 * and whether it may administer them (invite collaborators). Each integration's health (status,
 * error, checked_at) is refreshed on the way; one failing integration does not hide the others.
 */
export async function listGitHubRepositories(db: DbTx, organizationId: string) {
  const rows = await listGitHubIntegrations(db, organizationId);
  const byName = new Map<string, ReachableRepository>();
  const errors: { integration_id: string; name: string | null; error: string }[] = [];
  for (const row of rows) {
    try {
      for (const r of await reposOf(row)) {
        const repo = { owner: r.owner.login, name: r.name, full_name: r.full_name, private: r.private, can_administer: r.permissions?.admin === true, integration_id: row.id };
        const key = r.full_name.toLowerCase();
        const seen = byName.get(key);
        if (!seen || (!seen.can_administer && repo.can_administer)) byName.set(key, repo);
      }
      await db.organizationIntegration.update({ where: { id: row.id }, data: { status: "ok", error: null, checkedAt: new Date() } });
    } catch (err) {
      const message = err instanceof Error ? `GitHub: ${err.message}` : "GitHub could not be reached";
      errors.push({ integration_id: row.id, name: row.name, error: message });
      await db.organizationIntegration.update({ where: { id: row.id }, data: { status: "error", error: message, checkedAt: new Date() } });
    }
  }
  const items = [...byName.values()].sort((a, b) => a.full_name.localeCompare(b.full_name));
  return { items, errors, isConnected: rows.length > 0 };
}
