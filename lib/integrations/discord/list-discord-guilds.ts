import type { Db } from "@/lib/db";
import { discordJobError } from "@/lib/providers/discord/discord-job-error";
import { getGuild } from "@/lib/providers/discord/guild-reads";
import { isDiscordBotConfigured } from "@/lib/providers/discord/discord-env";

export type DiscordGuildIntegration = {
  id: string;
  guild_id: string;
  name: string | null;
  status: "ok" | "error";
  error: string | null;
  checked_at: string | null;
  created_at: string;
};

/**
 * The organization's connected Discord servers. With `check`, each is read with the bot token
 * and its health (reachable, name) stored, so the Integrations page shows what works now.
 */
export async function listDiscordGuilds(db: Db, organizationId: string, options: { check?: boolean } = {}): Promise<DiscordGuildIntegration[]> {
  let rows = await db.organizationIntegration.findMany({
    where: { organizationId, platform: "discord", kind: "discord_bot" },
    orderBy: { createdAt: "asc" },
  });
  if (options.check && isDiscordBotConfigured()) {
    rows = await Promise.all(
      rows.map(async (row) => {
        const health = await getGuild(row.externalId).then(
          (g) => ({ status: "ok", error: null, name: g.name }),
          (err: unknown) => ({ status: "error", error: discordJobError(err, row.name ?? row.externalId).message, name: row.name }),
        );
        return db.organizationIntegration.update({ where: { id: row.id }, data: { ...health, checkedAt: new Date() } });
      }),
    );
  }
  return rows.map((r) => ({
    id: r.id,
    guild_id: r.externalId,
    name: r.name,
    status: r.status === "error" ? "error" : "ok",
    error: r.error,
    checked_at: r.checkedAt?.toISOString() ?? null,
    created_at: r.createdAt.toISOString(),
  }));
}
