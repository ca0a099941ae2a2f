import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";

/** One of the organization's connected servers by Discord guild id; 404 otherwise (also for another organization's). */
export async function getDiscordGuildOrThrow(db: DbTx, organizationId: string, guildId: string) {
  const row = await db.organizationIntegration.findFirst({
    where: { organizationId, platform: "discord", kind: "discord_bot", externalId: guildId },
  });
  if (!row) throw ApiError.notFound("Discord server");
  return row;
}
