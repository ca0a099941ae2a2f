import { readGrantRecord } from "@/lib/benefits/discord/grant-record";
import type { DbTx } from "@/lib/db";

/**
 * What the customer's other delivered Discord grants (other benefits or purchases) still give the
 * same Discord user in the same server: a role two benefits give stays until the last one goes,
 * and a member another grant keeps in the server is not kicked.
 */
export async function heldElsewhere(tx: DbTx, p: { grantId: string; customerId: string; guildId: string; userId: string }) {
  const others = await tx.benefitGrant.findMany({
    where: { customerId: p.customerId, id: { not: p.grantId }, status: "granted", target: "granted", benefit: { type: "discord" } },
    select: { properties: true },
  });
  const roleIds = new Set<string>();
  let keepsMember = false;
  for (const other of others) {
    const record = readGrantRecord((other.properties ?? {}) as Record<string, unknown>);
    if (!record || record.guild_id !== p.guildId || record.user_id !== p.userId) continue;
    keepsMember = true;
    for (const role of record.roles) roleIds.add(role.role_id);
  }
  return { roleIds, keepsMember };
}
