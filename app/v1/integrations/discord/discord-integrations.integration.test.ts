// Discord integration endpoints and the discord benefit's role checks, over HTTP against the app
// server, which talks to the shared fake Discord (FAKE_DISCORD_URL) through the real @discordjs/rest.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { api, createTestOrg } from "@/test/factories";
import { connectTestDiscordAccount, connectTestGuild, createFakeGuild, fake, useDiscordFake } from "@/test/fakes/discord/control";
import { createDiscordWorld } from "@/test/fakes/discord/world";

beforeAll(async () => {
  await useDiscordFake({ requireShared: true });
});

/** A connected guild where the bot's role sits between Premium (assignable) and Staff (above it). */
async function hierarchyWorld() {
  const world = await createTestOrg();
  const guild = await createFakeGuild({ roles: ["Premium", "Staff"], managed: ["Server Booster"], botRolePosition: 2 });
  await connectTestGuild(world.org.id, guild);
  return { ...world, guild };
}

describe("GET /v1/integrations/discord/guilds/{id}/roles", () => {
  test("lists the roles with whether the bot can assign each, and why not", async () => {
    const { token, guild } = await hierarchyWorld();
    const res = await api(`/v1/integrations/discord/guilds/${guild.id}/roles`, { token });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ guild_id: guild.id, bot_role: { name: "Benefactor Bot", position: 2 }, can_manage_roles: true, can_kick_members: true });
    const byName = Object.fromEntries(body.items.map((r: { name: string }) => [r.name, r]));
    expect(byName["Premium"]).toMatchObject({ assignable: true, reason: null });
    expect(byName["@everyone"]).toMatchObject({ assignable: false, reason: "@everyone belongs to every member and cannot be assigned" });
    expect(byName["Server Booster"]).toMatchObject({ assignable: false, reason: expect.stringContaining("managed by an integration") });
    expect(byName["Staff"]).toMatchObject({
      assignable: false,
      reason: "This role is at or above the bot's highest role (Benefactor Bot): move the bot's role above it in Server Settings → Roles",
    });
    expect(byName["Benefactor Bot"]).toMatchObject({ assignable: false, managed: true });
  });

  test("no auth 401, another organization's server 404, a malformed or unconnected id 404", async () => {
    const { guild } = await hierarchyWorld();
    const other = await createTestOrg();
    const noAuth = await api(`/v1/integrations/discord/guilds/${guild.id}/roles`);
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toEqual({ error: "Unauthorized", detail: "Missing or invalid access token" });
    for (const id of [guild.id, "not-a-snowflake", "123456789012345678"]) {
      const res = await api(`/v1/integrations/discord/guilds/${id}/roles`, { token: other.token });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: "ResourceNotFound", detail: "Discord server not found" });
    }
  });
});

describe("POST/PATCH /v1/benefits (discord): role checks", () => {
  const create = (token: string, guildId: string, roleIds: string[], extra: Record<string, unknown> = {}) =>
    api("/v1/benefits/", {
      method: "POST",
      token,
      json: { type: "discord", description: "Discord role", properties: { guild_id: guildId, roles: roleIds.map((role_id) => ({ role_id })), ...extra } },
    });

  test("an assignable role is accepted, its name filled in from Discord", async () => {
    const { token, guild } = await hierarchyWorld();
    const res = await create(token, guild.id, [guild.role("Premium").id]);
    expect(res.status).toBe(201);
    expect((await res.json()).properties).toEqual({
      guild_id: guild.id,
      role_id: guild.role("Premium").id,
      roles: [{ role_id: guild.role("Premium").id, name: "Premium" }],
      kick_member: false,
    });
  });

  test("@everyone, a managed role, a role above the bot and an unknown role are refused per field, saying why", async () => {
    const { token, guild } = await hierarchyWorld();
    const res = await create(token, guild.id, [guild.id, guild.role("Server Booster").id, guild.role("Staff").id, "999999999999999999"]);
    expect(res.status).toBe(422);
    const loc = (i: number) => ["body", "properties", "roles", i, "role_id"];
    expect(await res.json()).toEqual({
      error: "RequestValidationError",
      detail: [
        { loc: loc(0), msg: "@everyone: @everyone belongs to every member and cannot be assigned", type: "value_error" },
        {
          loc: loc(1),
          msg: "Server Booster: This role is managed by an integration (a bot, boosts or a subscription); Discord does not let anyone assign it",
          type: "value_error",
        },
        {
          loc: loc(2),
          msg: "Staff: This role is at or above the bot's highest role (Benefactor Bot): move the bot's role above it in Server Settings → Roles",
          type: "value_error",
        },
        { loc: loc(3), msg: "No such role in this Discord server", type: "value_error" },
      ],
    });
    expect(await db.benefit.count({ where: { organizationId: (await db.organizationIntegration.findFirstOrThrow({ where: { externalId: guild.id } })).organizationId } })).toBe(0);
  });

  test("a server the organization did not connect, or without the bot's permissions, is refused", async () => {
    const { token, guild } = await hierarchyWorld();
    const other = await createTestOrg();
    const notConnected = await create(other.token, guild.id, [guild.role("Premium").id]);
    expect(notConnected.status).toBe(422);
    expect(await notConnected.json()).toEqual({
      error: "RequestValidationError",
      detail: [{ loc: ["body", "properties", "guild_id"], msg: "This Discord server is not connected: add the Benefactor bot to it from Integrations first", type: "value_error" }],
    });
    await fake(`/guilds/${guild.id}/bot`, { method: "PATCH", json: { permissions: "1" } });
    const noPerms = await create(token, guild.id, [guild.role("Premium").id], { kick_member: true });
    expect(noPerms.status).toBe(422);
    expect((await noPerms.json()).detail).toEqual([
      { loc: ["body", "properties", "roles", 0, "role_id"], msg: "Premium: The bot lacks the Manage Roles permission in this server", type: "value_error" },
      { loc: ["body", "properties", "kick_member"], msg: "The bot lacks the Kick Members permission in this server", type: "value_error" },
    ]);
  });

  test("Discord failing or slow during the check: 422 asking to try again, nothing stored", async () => {
    const { token, guild, org } = await hierarchyWorld();
    await fake(`/guilds/${guild.id}/faults`, { json: { kind: "500", count: 4 } });
    const down = await create(token, guild.id, [guild.role("Premium").id]);
    expect(down.status).toBe(422);
    const expected = {
      error: "RequestValidationError",
      detail: [{ loc: ["body", "properties", "guild_id"], msg: "Could not check this server's roles with Discord right now; try again in a moment", type: "value_error" }],
    };
    expect(await down.json()).toEqual(expected);
    // Rate limited for longer than the check may wait: the same answer, within the deadline.
    await fake(`/guilds/${guild.id}/faults`, { json: { kind: "429", count: 1, retry_after: 10 } });
    const started = Date.now();
    const limited = await create(token, guild.id, [guild.role("Premium").id]);
    expect(limited.status).toBe(422);
    expect(await limited.json()).toEqual(expected);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(await db.benefit.count({ where: { organizationId: org.id } })).toBe(0);
  });

  test("PATCH refuses a role above the bot the same way and keeps the benefit as it was", async () => {
    const { token, guild } = await hierarchyWorld();
    const created = await (await create(token, guild.id, [guild.role("Premium").id])).json();
    const res = await api(`/v1/benefits/${created.id}`, {
      method: "PATCH",
      token,
      json: { properties: { guild_id: guild.id, role_id: guild.role("Staff").id } },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).detail[0]).toMatchObject({ loc: ["body", "properties", "roles", 0, "role_id"], msg: expect.stringMatching(/^Staff: This role is at or above/) });
    expect((await (await api(`/v1/benefits/${created.id}`, { token })).json()).properties.role_id).toBe(guild.role("Premium").id);
  });
});

describe("GET /v1/integrations/discord/guilds", () => {
  test("lists connected servers; check=true records a server the bot was removed from", async () => {
    const { token, guild } = await hierarchyWorld();
    const list = await api("/v1/integrations/discord/guilds", { token });
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual({
      items: [expect.objectContaining({ guild_id: guild.id, name: guild.name, status: "ok", error: null })],
      pagination: { total_count: 1, max_page: 1 },
    });
    // The bot was removed from the server by hand.
    await fake(`/guilds/${guild.id}/bot`, { method: "DELETE" });
    const checked = await (await api("/v1/integrations/discord/guilds?check=true", { token })).json();
    expect(checked.items[0]).toMatchObject({
      status: "error",
      error: `The Benefactor bot is not in the Discord server ${guild.name} any more: add it again from Integrations, then retry`,
      checked_at: expect.any(String),
    });
    const row = await db.organizationIntegration.findFirstOrThrow({ where: { externalId: guild.id } });
    expect(row.status).toBe("error");
  });

  test("no auth 401; a bad check value 422", async () => {
    const { token } = await hierarchyWorld();
    expect((await api("/v1/integrations/discord/guilds")).status).toBe(401);
    const bad = await api("/v1/integrations/discord/guilds?check=maybe", { token });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0]).toMatchObject({ loc: ["query", "check"] });
  });
});

describe("GET /v1/integrations/discord/guilds/{id}/roles/{roleId}/audit", () => {
  test("lists who has the role through Benefactor; check compares with Discord", async () => {
    const w = await createDiscordWorld();
    const premium = w.guild.role("Premium").id;
    const kept = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");

    const unchecked = await (await api(`/v1/integrations/discord/guilds/${w.guild.id}/roles/${premium}/audit`, { token: w.token })).json();
    expect(unchecked).toMatchObject({
      role: { id: premium, name: "Premium" },
      holders: [{ customer_id: w.customer.id, discord_user_id: kept.id, grant_ids: grantIds, status: "unchecked" }],
      not_granted: null,
      checked_at: null,
    });

    // By hand in Discord: the role taken from the customer, given to someone else.
    await fake(`/guilds/${w.guild.id}/members/${kept.id}/roles/${premium}`, { method: "DELETE" });
    const stranger = await fake<{ id: string; username: string }>("/users", { json: {} });
    await fake(`/guilds/${w.guild.id}/members`, { json: { user_id: stranger.id, roles: [premium] } });
    const res = await api(`/v1/integrations/discord/guilds/${w.guild.id}/roles/${premium}/audit?check=true`, { token: w.token });
    expect(res.status).toBe(200);
    const checked = await res.json();
    expect(checked.holders).toEqual([expect.objectContaining({ discord_user_id: kept.id, status: "role_removed" })]);
    expect(checked.not_granted).toEqual([{ discord_user_id: stranger.id, discord_username: stranger.username }]);
    expect(checked.checked_at).toEqual(expect.any(String));
  });

  test("another organization's server 404; an unknown role 404 on check", async () => {
    const w = await createDiscordWorld();
    const other = await createTestOrg();
    const res = await api(`/v1/integrations/discord/guilds/${w.guild.id}/roles/${w.guild.role("Premium").id}/audit`, { token: other.token });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "ResourceNotFound", detail: "Discord server not found" });
    const unknown = await api(`/v1/integrations/discord/guilds/${w.guild.id}/roles/999999999999999999/audit?check=true`, { token: w.token });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "ResourceNotFound", detail: "Discord role not found" });
  });
});

describe("bot install", () => {
  test("the install link needs a signed-in merchant who manages the organization: 401 without auth, 403 with a token", async () => {
    const { token } = await createTestOrg();
    expect((await api("/v1/integrations/discord/install", { redirect: "manual" })).status).toBe(401);
    const withToken = await api("/v1/integrations/discord/install", { token, redirect: "manual" });
    expect(withToken.status).toBe(403);
    expect(await withToken.json()).toEqual({ error: "NotPermitted", detail: "You don't have the permission to do this" });
  });

  test("a forged or missing state is refused", async () => {
    for (const state of ["", "abc.def"]) {
      const res = await api(`/v1/integrations/discord/bot-callback?code=x&state=${state}`, { redirect: "manual" });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: "BadRequest", detail: "This install link expired or is not valid; start again from Integrations" });
    }
  });
});
