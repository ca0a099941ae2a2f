import { discordRest } from "@/lib/providers/discord/discord-rest";

/** PUT /guilds/{guild}/members/{user}/roles/{role} — 204, also when the member already has it. */
export async function addMemberRole(guildId: string, userId: string, roleId: string, reason?: string) {
  await discordRest().put(`/guilds/${guildId}/members/${userId}/roles/${roleId}`, { reason });
}

/** DELETE /guilds/{guild}/members/{user}/roles/{role} — 204, also when the member did not have it. */
export async function removeMemberRole(guildId: string, userId: string, roleId: string, reason?: string) {
  await discordRest().delete(`/guilds/${guildId}/members/${userId}/roles/${roleId}`, { reason });
}
