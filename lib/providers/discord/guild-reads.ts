import type { APIGuild, APIGuildMember, APIRole, APIUser } from "discord-api-types/v10";
import { discordCode, DISCORD_CODES } from "@/lib/providers/discord/discord-job-error";
import { discordRest } from "@/lib/providers/discord/discord-rest";

// Read calls the bot makes: the guild, its roles, members, and itself.

export async function getGuild(guildId: string): Promise<APIGuild> {
  return (await discordRest().get(`/guilds/${guildId}`)) as APIGuild;
}

/** The guild's roles, lowest position first. */
export async function listGuildRoles(guildId: string): Promise<APIRole[]> {
  const roles = (await discordRest().get(`/guilds/${guildId}/roles`)) as APIRole[];
  return roles.sort((a, b) => a.position - b.position);
}

/** A member, or null when the user is not in the guild (10007 Unknown Member). */
export async function getGuildMember(guildId: string, userId: string): Promise<APIGuildMember | null> {
  try {
    return (await discordRest().get(`/guilds/${guildId}/members/${userId}`)) as APIGuildMember;
  } catch (err) {
    if (discordCode(err) === DISCORD_CODES.unknownMember) return null;
    throw err;
  }
}

const botUsers = new Map<string, Promise<APIUser>>();

/** The bot's own user (GET /users/@me), once per process and API base. */
export function getBotUser(): Promise<APIUser> {
  const rest = discordRest();
  let user = botUsers.get(String(rest.options.api));
  if (!user) {
    user = rest.get("/users/@me") as Promise<APIUser>;
    user.catch(() => botUsers.delete(String(rest.options.api)));
    botUsers.set(String(rest.options.api), user);
  }
  return user;
}

/** Every member of the guild, 1,000 per page (the app needs the Server Members intent). */
export async function listGuildMembers(guildId: string): Promise<APIGuildMember[]> {
  const all: APIGuildMember[] = [];
  let after = "0";
  for (;;) {
    const query = new URLSearchParams({ limit: "1000", after });
    const page = (await discordRest().get(`/guilds/${guildId}/members`, { query })) as APIGuildMember[];
    all.push(...page);
    if (page.length < 1000) return all;
    after = page[page.length - 1].user.id;
  }
}
