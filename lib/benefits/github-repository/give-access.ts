import type { RepoAccessRecord, RepoPermission } from "@/lib/benefits/github-repository/grant-record";
import type { DbTx } from "@/lib/db";
import { getGitHubClient } from "@/lib/integrations/github/get-github-client";
import { toJobError } from "@/lib/providers/github/to-job-error";

/**
 * PUT /repos/{owner}/{repo}/collaborators/{login}: 201 sent (or refreshed) an invitation, 204 means
 * the user already had access (its permission is updated). Idempotent on GitHub's side.
 */
export async function giveRepoAccess(
  tx: DbTx,
  organizationId: string,
  login: string,
  repo: { owner: string; name: string; permission: RepoPermission },
): Promise<RepoAccessRecord> {
  const client = await getGitHubClient(tx, organizationId, repo.owner);
  try {
    const res = await client.rest.repos.addCollaborator({ owner: repo.owner, repo: repo.name, username: login, permission: repo.permission });
    const invitationId = res.status === 201 && res.data ? res.data.id : null;
    return { owner: repo.owner, name: repo.name, permission: repo.permission, invitation_id: invitationId, result: invitationId === null ? "already_collaborator" : "invited" };
  } catch (err) {
    throw toJobError(err, `${repo.owner}/${repo.name}`);
  }
}
