import type { DbTx } from "@/lib/db";
import { getGitHubClient } from "@/lib/integrations/github/get-github-client";
import { listRepositoryGrants } from "@/lib/integrations/github/list-repository-grants";
import { toJobError } from "@/lib/providers/github/to-job-error";

export type AccessDifference = {
  login: string;
  kind: "invitation_not_accepted" | "removed_on_github" | "added_on_github" | "invited_on_github" | "permission_differs";
  message: string;
};

// GitHub's collaborator role names for the permissions Benefactor grants.
const ROLE: Record<string, string> = { pull: "read", triage: "triage", push: "write", maintain: "maintain", admin: "admin" };

/**
 * Compares who should have access to a repository through Benefactor with what GitHub reports
 * (direct collaborators and pending invitations), and lists each difference in words a merchant
 * can act on. Throws the provider error's message as an Error when GitHub cannot be asked.
 */
export async function auditGitHubRepository(db: DbTx, organizationId: string, repo: { owner: string; name: string }) {
  const access = await listRepositoryGrants(db, organizationId, repo);
  const client = await getGitHubClient(db, organizationId, repo.owner);
  let collaborators: { login: string; role_name?: string }[];
  let invitations: { invitee: { login: string } | null; permissions: string }[];
  try {
    collaborators = await client.paginate(client.rest.repos.listCollaborators, { owner: repo.owner, repo: repo.name, affiliation: "direct", per_page: 100 });
    invitations = await client.paginate(client.rest.repos.listInvitations, { owner: repo.owner, repo: repo.name, per_page: 100 });
  } catch (err) {
    throw toJobError(err, `${repo.owner}/${repo.name}`);
  }
  const onGitHub = new Map(collaborators.map((c) => [c.login.toLowerCase(), c.role_name ?? null]));
  const invited = new Set(invitations.flatMap((i) => (i.invitee ? [i.invitee.login.toLowerCase()] : [])));
  const expected = new Map<string, string>();
  for (const a of access) expected.set(a.login.toLowerCase(), a.permission);

  const differences: AccessDifference[] = [];
  for (const a of access) {
    const login = a.login.toLowerCase();
    if (differences.some((d) => d.login.toLowerCase() === login)) continue;
    const role = onGitHub.get(login);
    if (role !== undefined) {
      if (role && ROLE[a.permission] && role !== ROLE[a.permission]) {
        differences.push({ login: a.login, kind: "permission_differs", message: `${a.login} has ${role} on GitHub; Benefactor granted ${ROLE[a.permission]}` });
      }
    } else if (invited.has(login)) {
      differences.push({ login: a.login, kind: "invitation_not_accepted", message: `${a.login} has not accepted the invitation yet` });
    } else {
      differences.push({ login: a.login, kind: "removed_on_github", message: `${a.login} should have access but is neither a collaborator nor invited: removed by hand, or the invitation was declined or expired` });
    }
  }
  for (const login of onGitHub.keys()) {
    if (!expected.has(login)) differences.push({ login, kind: "added_on_github", message: `${login} is a collaborator on GitHub but has no access through Benefactor (added by hand?)` });
  }
  for (const login of invited) {
    if (!expected.has(login)) differences.push({ login, kind: "invited_on_github", message: `${login} has a pending invitation Benefactor did not send` });
  }
  return { access, collaborators: [...onGitHub.keys()], invitations: [...invited], differences, checkedAt: new Date() };
}
