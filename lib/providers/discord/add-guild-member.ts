import { RequestMethod } from "@discordjs/rest";
import { discordRest } from "@/lib/providers/discord/discord-rest";

/**
 * PUT /guilds/{guild}/members/{user} with the customer's `guilds.join` token: 201 when they joined
 * (with `roles` applied), 204 when they were already a member (Discord ignores `roles` then, so the
 * caller adds each role).
 */
export async function addGuildMember(p: { guildId: string; userId: string; accessToken: string; roleIds: string[] }) {
  const res = await discordRest().queueRequest({
    fullRoute: `/guilds/${p.guildId}/members/${p.userId}`,
    method: RequestMethod.Put,
    body: { access_token: p.accessToken, roles: p.roleIds },
  });
  return { joined: res.status === 201 };
}
