// The Discord strategy through the grant engine and the real @discordjs/rest, against the shared
// fake Discord (FAKE_DISCORD_URL). Each test makes its own organization, guild and Discord user.
import { beforeAll, describe, expect, test } from "vitest";
import { getCustomerAccount } from "@/lib/accounts/get-customer-account";
import { db } from "@/lib/db";
import { reapplyGrant } from "@/lib/grants/reapply-grant";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { retryGrant } from "@/lib/grants/retry-grant";
import { RetryableJobError } from "@/lib/jobs/job-errors";
import { getGrant, markJobsDone } from "@/test/grant-fixtures";
import { connectTestDiscordAccount, fake, guildCalls, injectFault, memberRoles, useDiscordFake } from "@/test/fakes/discord/control";
import { createDiscordWorld } from "@/test/fakes/discord/world";

beforeAll(async () => {
  await useDiscordFake();
});

describe("discord strategy: grant and revoke", () => {
  test("a new member joins with the role (201); revoke removes the role and keeps the member", async () => {
    const w = await createDiscordWorld();
    const user = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { orderId, grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([w.guild.role("Premium").id]);
    expect((await getGrant(grantIds[0])).properties).toEqual({
      guild_id: w.guild.id,
      user_id: user.id,
      username: user.username,
      roles: [{ role_id: w.guild.role("Premium").id, name: "Premium" }],
      joined: true,
      kick_member: false,
    });
    expect((await guildCalls(w.guild.id)).map((c) => `${c.method} ${c.route} ${c.status}`)).toEqual([
      "PUT /guilds/:guild/members/:user 201",
    ]);

    await w.revokeOrder(orderId);
    expect(await reconcileGrant(db, grantIds[0])).toBe("revoked");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([]);
  });

  test("an existing member (204) gets each of several roles; revoke removes exactly those", async () => {
    const w = await createDiscordWorld({ roles: ["Premium", "Supporter", "Mod"] });
    const user = await connectTestDiscordAccount(w.customer.id);
    await fake(`/guilds/${w.guild.id}/members`, { json: { user_id: user.id, roles: [w.guild.role("Mod").id] } });
    const benefit = await w.benefit(["Premium", "Supporter"]);
    const { orderId, grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    const ids = (...names: string[]) => names.map((n) => w.guild.role(n).id).sort();
    expect(await memberRoles(w.guild.id, user.id)).toEqual(ids("Premium", "Supporter", "Mod"));
    expect((await getGrant(grantIds[0])).properties).toMatchObject({ joined: false });
    expect((await guildCalls(w.guild.id)).map((c) => `${c.method} ${c.route} ${c.status}`)).toEqual([
      "PUT /guilds/:guild/members/:user 204",
      "PUT /guilds/:guild/members/:user/roles/:role 204",
      "PUT /guilds/:guild/members/:user/roles/:role 204",
    ]);
    await w.revokeOrder(orderId);
    expect(await reconcileGrant(db, grantIds[0])).toBe("revoked");
    expect(await memberRoles(w.guild.id, user.id)).toEqual(ids("Mod"));
  });

  test("kick_member kicks on revoke", async () => {
    const w = await createDiscordWorld();
    const user = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"], { kick_member: true });
    const { orderId, grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    await w.revokeOrder(orderId);
    expect(await reconcileGrant(db, grantIds[0])).toBe("revoked");
    expect(await memberRoles(w.guild.id, user.id)).toBeNull();
    // The member already left: revoking again has nothing to do (10007 is not an error).
    expect((await guildCalls(w.guild.id)).at(-1)).toMatchObject({ method: "DELETE", route: "/guilds/:guild/members/:user", status: 204 });
  });

  test("a role given by two purchases of one benefit stays until the last grant goes", async () => {
    const w = await createDiscordWorld();
    const user = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const first = await w.buy([benefit.id]);
    const second = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, first.grantIds[0])).toBe("granted");
    expect(await reconcileGrant(db, second.grantIds[0])).toBe("granted");
    await w.revokeOrder(first.orderId);
    expect(await reconcileGrant(db, first.grantIds[0])).toBe("revoked");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([w.guild.role("Premium").id]);
    await w.revokeOrder(second.orderId);
    expect(await reconcileGrant(db, second.grantIds[0])).toBe("revoked");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([]);
  });

  test("a role two benefits give stays while either is held; kick_member does not kick while another grant keeps the member", async () => {
    const w = await createDiscordWorld();
    const user = await connectTestDiscordAccount(w.customer.id);
    const premium = await w.benefit(["Premium"]);
    const bundle = await w.benefit(["Premium", "Supporter"], { kick_member: true });
    const a = await w.buy([premium.id]);
    const b = await w.buy([bundle.id]);
    expect(await reconcileGrant(db, a.grantIds[0])).toBe("granted");
    expect(await reconcileGrant(db, b.grantIds[0])).toBe("granted");
    await w.revokeOrder(b.orderId);
    expect(await reconcileGrant(db, b.grantIds[0])).toBe("revoked");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([w.guild.role("Premium").id]);
    await w.revokeOrder(a.orderId);
    expect(await reconcileGrant(db, a.grantIds[0])).toBe("revoked");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([]);
  });
});

describe("discord strategy: failures", () => {
  test("a 429 is waited out by the REST client (Retry-After honoured, measured)", async () => {
    const w = await createDiscordWorld();
    const user = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    await injectFault(w.guild.id, { kind: "429", count: 1, retry_after: 1 });
    const started = Date.now();
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    const calls = await guildCalls(w.guild.id);
    expect(calls.map((c) => c.status)).toEqual([429, 201]);
    const waited = calls[1].at - calls[0].at;
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(await memberRoles(w.guild.id, user.id)).toEqual([w.guild.role("Premium").id]);
  });

  test("5xx: retried once on the spot, then handed to the engine, which succeeds on its next attempt", async () => {
    const w = await createDiscordWorld();
    await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    await injectFault(w.guild.id, { kind: "500", count: 3 });
    await expect(reconcileGrant(db, grantIds[0])).rejects.toBeInstanceOf(RetryableJobError);
    const pending = await getGrant(grantIds[0]);
    expect(pending.status).toBe("pending");
    expect(pending.error).toMatchObject({ type: "RetryableJobError", message: expect.stringContaining("Discord answered 500") });
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    expect((await guildCalls(w.guild.id)).map((c) => c.status)).toEqual([500, 500, 500, 201]);
  });

  test("a timeout is retryable", async () => {
    const w = await createDiscordWorld();
    await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    process.env.DISCORD_REQUEST_TIMEOUT_MS = "300";
    try {
      await injectFault(w.guild.id, { kind: "timeout", count: 2, delay_ms: 1000 });
      await expect(reconcileGrant(db, grantIds[0])).rejects.toThrow("Discord did not answer in time; retrying");
      expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    } finally {
      delete process.env.DISCORD_REQUEST_TIMEOUT_MS;
    }
  });

  test("a deleted role fails the grant with what to fix; retry works after the merchant picks another role", async () => {
    const w = await createDiscordWorld();
    const user = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    const premium = w.guild.role("Premium").id;
    await fake(`/guilds/${w.guild.id}/roles/${premium}`, { method: "DELETE" });
    expect(await reconcileGrant(db, grantIds[0])).toBe("failed");
    expect((await getGrant(grantIds[0])).error).toMatchObject({
      type: "PermanentJobError",
      message: `The Discord role Premium (${premium}) no longer exists in server ${w.guild.id}: edit the benefit to pick an existing role, then retry`,
    });
    // The merchant's fix, as PATCH /v1/benefits stores it; then "retry" (its job is run here).
    await db.benefit.update({
      where: { id: benefit.id },
      data: { properties: { guild_id: w.guild.id, roles: [{ role_id: w.guild.role("Supporter").id, name: "Supporter" }], kick_member: false } },
    });
    await retryGrant(db, w.org.id, grantIds[0]);
    await db.$transaction((tx) => markJobsDone(tx, w.org.id));
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([w.guild.role("Supporter").id]);
  });

  test("a missing permission fails the grant with what to fix; retry works once the bot has it", async () => {
    const w = await createDiscordWorld();
    const user = await connectTestDiscordAccount(w.customer.id);
    await fake(`/guilds/${w.guild.id}/members`, { json: { user_id: user.id } });
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    await fake(`/guilds/${w.guild.id}/bot`, { method: "PATCH", json: { permissions: "1" } });
    expect(await reconcileGrant(db, grantIds[0])).toBe("failed");
    expect((await getGrant(grantIds[0])).error).toMatchObject({
      message: expect.stringContaining(`The Benefactor bot lacks a permission in the Discord server ${w.guild.id}: it needs Manage Roles`),
    });
    await fake(`/guilds/${w.guild.id}/bot`, { method: "PATCH", json: { permissions: "268435459" } });
    await retryGrant(db, w.org.id, grantIds[0]);
    await db.$transaction((tx) => markJobsDone(tx, w.org.id));
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
  });

  test("no Discord account: action required; once connected the grant goes through", async () => {
    const w = await createDiscordWorld();
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("action_required");
    expect((await getGrant(grantIds[0])).error).toMatchObject({
      type: "ActionRequiredError",
      message: "Connect your Discord account to receive this benefit",
    });
    const user = await connectTestDiscordAccount(w.customer.id);
    await db.benefitGrant.update({ where: { id: grantIds[0] }, data: { status: "pending" } });
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    expect(await memberRoles(w.guild.id, user.id)).toEqual([w.guild.role("Premium").id]);
  });

  test("without a bot token the grant fails: integration not configured", async () => {
    const w = await createDiscordWorld();
    await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    const token = process.env.DISCORD_BOT_TOKEN;
    delete process.env.DISCORD_BOT_TOKEN;
    try {
      expect(await reconcileGrant(db, grantIds[0])).toBe("failed");
    } finally {
      process.env.DISCORD_BOT_TOKEN = token;
    }
    expect((await getGrant(grantIds[0])).error).toMatchObject({ message: expect.stringContaining("Discord integration not configured") });
  });
});

describe("discord strategy: tokens and edits", () => {
  test("an access token about to expire is refreshed (rotated refresh token saved) before the member is added", async () => {
    const w = await createDiscordWorld();
    // Tokens of 60 s: inside the refresh margin from the start.
    const user = await connectTestDiscordAccount(w.customer.id, { tokenTtl: 60 });
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    const before = (await getCustomerAccount(db, w.customer.id, "discord"))!;
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    const after = (await getCustomerAccount(db, w.customer.id, "discord"))!;
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await memberRoles(w.guild.id, user.id)).toEqual([w.guild.role("Premium").id]);
    // Stored encrypted, never in clear.
    const row = await db.customerOAuthAccount.findFirstOrThrow({ where: { customerId: w.customer.id } });
    expect(row.accessToken).not.toContain(after.accessToken!);
    expect(row.refreshToken?.startsWith("v1.")).toBe(true);
  });

  test("a refresh Discord refuses (revoked) asks the customer to reconnect", async () => {
    const w = await createDiscordWorld();
    await connectTestDiscordAccount(w.customer.id, { tokenTtl: 60 });
    await db.customerOAuthAccount.updateMany({
      where: { customerId: w.customer.id },
      data: { refreshToken: (await import("@/lib/webhooks/secret-box")).sealSecret("revoked-token", "customer-oauth:discord") },
    });
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("action_required");
    expect((await getGrant(grantIds[0])).error).toMatchObject({ message: "Your Discord authorization expired: connect your Discord account again" });
  });

  test("editing the benefit's roles re-applies: the dropped role goes, the new one comes, the record follows", async () => {
    const w = await createDiscordWorld({ roles: ["Premium", "Supporter", "Gold"] });
    const user = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium", "Supporter"]);
    const { grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    const roles = ["Supporter", "Gold"].map((n) => ({ role_id: w.guild.role(n).id, name: n }));
    await db.benefit.update({ where: { id: benefit.id }, data: { properties: { guild_id: w.guild.id, roles, kick_member: false } } });
    expect(await reapplyGrant(db, grantIds[0])).toBe("granted");
    expect(await memberRoles(w.guild.id, user.id)).toEqual(roles.map((r) => r.role_id).sort());
    expect((await getGrant(grantIds[0])).properties).toMatchObject({ roles });
  });

  test("a customer who switched Discord account: re-apply moves the roles from the old account to the new one", async () => {
    const w = await createDiscordWorld();
    const before = await connectTestDiscordAccount(w.customer.id);
    const benefit = await w.benefit(["Premium"]);
    const { grantIds } = await w.buy([benefit.id]);
    expect(await reconcileGrant(db, grantIds[0])).toBe("granted");
    const after = await connectTestDiscordAccount(w.customer.id);
    expect(await reapplyGrant(db, grantIds[0])).toBe("granted");
    expect(await memberRoles(w.guild.id, before.id)).toEqual([]);
    expect(await memberRoles(w.guild.id, after.id)).toEqual([w.guild.role("Premium").id]);
    expect((await getGrant(grantIds[0])).properties).toMatchObject({ user_id: after.id, username: after.username, joined: true });
  });
});
