// Test-side client of the fake Discord's control API, plus the app-side set-up a Discord test
// needs (a connected server, a customer's connected account). Every helper makes its own
// randomly named guild / user, so tests sharing one fake never see each other's state.
import { randomBytes } from "node:crypto";
import { saveCustomerAccount } from "@/lib/accounts/save-customer-account";
import { db } from "@/lib/db";
import { discordFakeEnv } from "./fake-env";
import { startDiscordFake } from "./server";

export type FakeRoleJson = { id: string; name: string; position: number; managed: boolean; permissions: string };
export type FakeGuildJson = {
  id: string;
  name: string;
  owner_id: string;
  bot_role_id: string | null;
  roles: FakeRoleJson[];
  members: { user_id: string; roles: string[] }[];
};
export type FakeTokens = { access_token: string; refresh_token: string; expires_in: number; scope: string };

/** The shared fake's URL (FAKE_DISCORD_URL, set by test/fakes/start-fakes.ts); the app server must use the same fake. */
export function discordFakeUrl(): string {
  const url = process.env.FAKE_DISCORD_URL;
  if (!url) throw new Error("FAKE_DISCORD_URL is not set: start test/fakes/start-fakes.ts and point the app server at it");
  return url;
}

let ready: Promise<string> | null = null;

/**
 * Points this test process's Discord client at the shared fake (strategies run in the test process
 * too). Without FAKE_DISCORD_URL, tests that only run lib code here get a fake of their own;
 * `requireShared` is for tests that go through the app server, which must use the same fake.
 */
export function useDiscordFake(options: { requireShared?: boolean } = {}): Promise<string> {
  ready ??= (async () => {
    let url = process.env.FAKE_DISCORD_URL;
    if (!url) {
      if (options.requireShared) throw new Error("FAKE_DISCORD_URL is not set: start test/fakes/start-fakes.ts and the app server with its env");
      url = (await startDiscordFake()).url;
      process.env.FAKE_DISCORD_URL = url;
    }
    Object.assign(process.env, await discordFakeEnv(url));
    return url;
  })();
  return ready;
}

export async function fake<T = unknown>(path: string, init: { method?: string; json?: unknown } = {}): Promise<T> {
  const res = await fetch(`${discordFakeUrl()}/_fake${path}`, {
    method: init.method ?? (init.json === undefined ? "GET" : "POST"),
    headers: init.json === undefined ? {} : { "content-type": "application/json" },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  if (!res.ok) throw new Error(`fake discord ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? null : await res.json()) as T;
}

const suffix = () => randomBytes(4).toString("hex");

export async function createFakeGuild(options: { roles?: string[]; managed?: string[]; bot?: boolean; botPermissions?: string; botRolePosition?: number } = {}) {
  const roles = [...(options.roles ?? ["Premium", "Supporter"]).map((name) => ({ name })), ...(options.managed ?? []).map((name) => ({ name, managed: true }))];
  const guild = await fake<FakeGuildJson>("/guilds", {
    json: { name: `Guild ${suffix()}`, roles, bot: options.bot, bot_permissions: options.botPermissions, bot_role_position: options.botRolePosition },
  });
  const role = (name: string) => guild.roles.find((r) => r.name === name)!;
  return { ...guild, role };
}

export const guildState = (guildId: string) => fake<FakeGuildJson>(`/guilds/${guildId}`);
/** The calls the app made touching the guild, oldest first; `writes` leaves out reads (GET). */
export async function guildCalls(guildId: string, options: { writes?: boolean } = { writes: true }) {
  const calls = await fake<{ method: string; route: string; status: number; at: number }[]>(`/guilds/${guildId}/calls`);
  return options.writes ? calls.filter((c) => c.method !== "GET") : calls;
}
export const memberRoles = async (guildId: string, userId: string) =>
  (await guildState(guildId)).members.find((m) => m.user_id === userId)?.roles ?? null;
export const injectFault = (guildId: string, fault: { kind: "500" | "502" | "429" | "timeout"; count?: number; retry_after?: number; delay_ms?: number; route?: string }) =>
  fake(`/guilds/${guildId}/faults`, { json: fault });

export async function createFakeUser(options: { tokenTtl?: number } = {}) {
  return fake<{ id: string; username: string }>("/users", { json: { username: `user_${suffix()}`, token_ttl: options.tokenTtl } });
}

/** Tokens as if the user approved the app's `identify guilds.join` request. */
export const issueFakeTokens = (userId: string, scope = "identify guilds.join") => fake<FakeTokens>(`/users/${userId}/tokens`, { json: { scope } });

/** The organization connected the server (what the bot-install callback stores). */
export async function connectTestGuild(organizationId: string, guild: { id: string; name: string }) {
  return db.organizationIntegration.create({
    data: { organizationId, platform: "discord", kind: "discord_bot", externalId: guild.id, name: guild.name, checkedAt: new Date() },
  });
}

/** A fake Discord user connected as the customer's account (what the OAuth callback stores). */
export async function connectTestDiscordAccount(customerId: string, options: { tokenTtl?: number } = {}) {
  const user = await createFakeUser(options);
  const tokens = await issueFakeTokens(user.id);
  await saveCustomerAccount(db, customerId, "discord", {
    accountId: user.id,
    username: user.username,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: new Date(Date.now() + tokens.expires_in * 1000),
    scope: tokens.scope,
  });
  return { ...user, tokens };
}
