import { readGrantRecord, repoKey } from "@/lib/benefits/github-repository/grant-record";
import type { DbTx } from "@/lib/db";

/**
 * Another delivered grant of the customer — of this benefit or of another github_repository
 * benefit — still gives `login` this repository, so revoking this grant must not take it away.
 * The caller holds the customer lock (lockGrant), so no grant of the customer changes meanwhile.
 */
export async function isRepoHeldElsewhere(tx: DbTx, grant: { id: string; customerId: string }, login: string, repo: { owner: string; name: string }) {
  const others = await tx.benefitGrant.findMany({
    where: { customerId: grant.customerId, id: { not: grant.id }, status: "granted", target: "granted", benefit: { type: "github_repository" } },
    select: { properties: true },
  });
  const key = repoKey(repo);
  return others.some((g) => {
    const record = readGrantRecord((g.properties ?? {}) as Record<string, unknown>);
    return record?.github_user.login.toLowerCase() === login.toLowerCase() && record.repositories.some((r) => repoKey(r) === key);
  });
}
