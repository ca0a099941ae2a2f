"use server";

import { runAction } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listConnectedGuildRoles } from "@/lib/integrations/discord/list-connected-guild-roles";
import { listDiscordGuilds } from "@/lib/integrations/discord/list-discord-guilds";
import { isDiscordBotConfigured } from "@/lib/providers/discord/discord-env";

/** For the benefit form: the organization's connected Discord servers. */
export async function listDiscordGuildsAction(slug: string) {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "read");
    return { isConfigured: isDiscordBotConfigured(), guilds: await listDiscordGuilds(db, org.id) };
  });
}

/** For the benefit form: a connected server's roles, each saying whether the bot can assign it. */
export async function listDiscordRolesAction(slug: string, guildId: string) {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "read");
    if (!/^\d{15,25}$/.test(guildId)) return null;
    return listConnectedGuildRoles(db, org.id, guildId);
  });
}
