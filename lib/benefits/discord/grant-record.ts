import type { DiscordProperties } from "@/lib/benefits/discord/properties";

/** What a Discord grant did, stored on the grant: revoke and re-apply read this, never the benefit. */
export type DiscordGrantRecord = {
  guild_id: string;
  user_id: string;
  username: string | null;
  roles: { role_id: string; name: string | null }[];
  /** Benefactor added the customer to the server (201), rather than finding them there (204). */
  joined: boolean;
  kick_member: boolean;
};

/** The record of an earlier delivery, or null when the grant never delivered anything. */
export function readGrantRecord(properties: Record<string, unknown>): DiscordGrantRecord | null {
  if (typeof properties.guild_id !== "string" || typeof properties.user_id !== "string" || !Array.isArray(properties.roles)) return null;
  return properties as unknown as DiscordGrantRecord;
}

export function grantRecord(
  p: DiscordProperties,
  account: { accountId: string; username: string | null },
  joined: boolean,
): DiscordGrantRecord {
  return { guild_id: p.guild_id, user_id: account.accountId, username: account.username, roles: p.roles, joined, kick_member: p.kick_member };
}
