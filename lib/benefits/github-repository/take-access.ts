import type { RepoAccessRecord } from "@/lib/benefits/github-repository/grant-record";
import type { DbTx } from "@/lib/db";
import { getGitHubClient } from "@/lib/integrations/github/get-github-client";
import { toJobError } from "@/lib/providers/github/to-job-error";

const status = (err: unknown) => (err as { status?: number }).status;

/**
 * Undoes one recorded repository access: deletes the pending invitation if the grant sent one and
 * it is still pending, otherwise removes the collaborator. Both are no-ops when already undone,
 * so a revoke that runs twice changes nothing the second time.
 */
export async function takeRepoAccess(tx: DbTx, organizationId: string, login: string, record: RepoAccessRecord): Promise<void> {
  const subject = `${record.owner}/${record.name}`;
  const client = await getGitHubClient(tx, organizationId, record.owner);
  try {
    if (record.invitation_id !== null) {
      try {
        await client.rest.repos.deleteInvitation({ owner: record.owner, repo: record.name, invitation_id: record.invitation_id });
        return;
      } catch (err) {
        // 404: the invitation was accepted (the user is now a collaborator) or declined/expired.
        if (status(err) !== 404) throw err;
      }
    }
    await client.rest.repos.removeCollaborator({ owner: record.owner, repo: record.name, username: login });
  } catch (err) {
    throw toJobError(err, subject);
  }
}
