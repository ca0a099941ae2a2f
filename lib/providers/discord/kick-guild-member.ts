import { discordRest } from "@/lib/providers/discord/discord-rest";

/** DELETE /guilds/{guild}/members/{user} — kicks (needs Kick Members and a role above theirs). */
export async function kickGuildMember(guildId: string, userId: string, reason?: string) {
  await discordRest().delete(`/guilds/${guildId}/members/${userId}`, { reason });
}
