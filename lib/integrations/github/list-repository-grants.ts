import { readGrantRecord, repoKey } from "@/lib/benefits/github-repository/grant-record";
import type { DbTx } from "@/lib/db";

export type RepositoryGrantAccess = {
  login: string;
  grantId: string;
  benefitId: string;
  benefitDescription: string;
  customer: { id: string; email: string };
  permission: string;
  invitationId: number | null;
};

/** Who has access to one repository through Benefactor: every delivered GitHub grant of the organization that records it. */
export async function listRepositoryGrants(db: DbTx, organizationId: string, repo: { owner: string; name: string }): Promise<RepositoryGrantAccess[]> {
  const grants = await db.benefitGrant.findMany({
    where: { organizationId, status: "granted", target: "granted", benefit: { type: "github_repository" } },
    select: { id: true, properties: true, benefit: { select: { id: true, description: true } }, customer: { select: { id: true, email: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const key = repoKey(repo);
  return grants.flatMap((g) => {
    const record = readGrantRecord((g.properties ?? {}) as Record<string, unknown>);
    const entry = record?.repositories.find((r) => repoKey(r) === key);
    if (!record || !entry) return [];
    return [{ login: record.github_user.login, grantId: g.id, benefitId: g.benefit.id, benefitDescription: g.benefit.description, customer: g.customer, permission: entry.permission, invitationId: entry.invitation_id }];
  });
}
