import { errors } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { api, createTestBenefit, createTestOrg } from "@/test/factories";
import { connectTestGuild, createFakeGuild } from "@/test/fakes/discord/control";

describe("benefits API", () => {
  test("creates each type with the seed's calls as written, and reads them back", async () => {
    const { org, polar } = await createTestOrg();
    const license = await polar.benefits.create({
      type: "license_keys",
      organization_id: org.id,
      description: "Software License",
      // The seed's shorthands: no expiry, one activation, no usage limit.
      properties: { prefix: "myapp", expires: false, activations: 1, limit_usage: false },
    } as never);
    expect(license).toMatchObject({
      type: "license_keys",
      organization_id: org.id,
      description: "Software License",
      metadata: {},
      properties: { prefix: "MYAPP", expires: null, activations: { limit: 1, enable_customer_admin: true }, limit_usage: null },
    });

    const repo = await polar.benefits.create({
      type: "github_repository",
      description: "Access to private repo",
      properties: { repositories: [{ owner: "myorg", name: "repo1", permission: "pull" }, { owner: "myorg", name: "repo2", permission: "push" }] },
    } as never);
    expect(repo.properties).toMatchObject({ repository_owner: "myorg", repository_name: "repo1", permission: "pull" });

    // The app server has a Discord bot (the fake): a benefit must name a server the bot was added
    // to and roles it can assign, so the seed's call is made with a real server's ids.
    const guild = await createFakeGuild({ roles: ["Premium", "Supporter"] });
    await connectTestGuild(org.id, guild);
    const [premium, supporter] = [guild.role("Premium").id, guild.role("Supporter").id];
    const discord = await polar.benefits.create({
      type: "discord",
      description: "Premium Discord role",
      properties: { guild_id: guild.id, roles: [{ role_id: premium, name: "Premium" }, { role_id: supporter, name: "Supporter" }] },
    } as never);
    expect(discord.properties).toMatchObject({ guild_id: guild.id, role_id: premium, kick_member: false });

    const files = await polar.benefits.create({
      type: "downloadable",
      description: "Premium templates",
      properties: { files: [{ name: "template1.zip", size: 5000000 }, { name: "template2.psd", size: 10000000 }] },
    } as never);
    expect(files.type).toBe("downloadables");
    expect((files.properties as { files: string[] }).files).toHaveLength(2);

    const fetched = await polar.benefits.get(license.id);
    expect(fetched).toEqual(license);
  });

  test("lists with Polar's pagination and filters by type", async () => {
    const { org, polar } = await createTestOrg();
    await createTestBenefit(org.id);
    await createTestBenefit(org.id);
    await createTestBenefit(org.id, { type: "license_keys", properties: {} });
    const page = await polar.benefits.list({ limit: 2, type: ["custom"] } as never);
    expect(page.pagination).toEqual({ total_count: 2, max_page: 1 });
    expect(page.items.every((b) => b.type === "custom")).toBe(true);
  });

  test("updates properties but never the type", async () => {
    const { org, polar } = await createTestOrg();
    const benefit = await createTestBenefit(org.id);
    const updated = await polar.benefits.update(benefit.id, { type: "custom", properties: { note: "New note" }, description: null } as never);
    expect(updated.properties).toEqual({ note: "New note" });
    expect(updated.description).toBe(benefit.description);
  });

  test("refuses a type change with a field error", async () => {
    const { org, token } = await createTestOrg();
    const benefit = await createTestBenefit(org.id);
    const res = await api(`/v1/benefits/${benefit.id}`, { method: "PATCH", token, json: { type: "license_keys", description: "x y z" } });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: "RequestValidationError",
      detail: [{ loc: ["body", "type"], msg: "The type of a benefit cannot change (it is custom)", type: "value_error" }],
    });
  });

  test("bad bodies get 422 with field-level detail", async () => {
    const { token } = await createTestOrg();
    const cases: [unknown, (string | number)[]][] = [
      [{ type: "nope", description: "abc", properties: {} }, ["body", "type"]],
      [{ type: "custom", description: "x", properties: {} }, ["body", "description"]],
      [{ type: "license_keys", description: "abc", properties: { activations: 0 } }, ["body", "properties", "activations"]],
      [{ type: "github_repository", description: "abc", properties: { repository_owner: "a", repository_name: "b", permission: "owner" } }, ["body", "properties", "permission"]],
      [{ type: "discord", description: "abc", properties: { guild_id: "1" } }, ["body", "properties", "guild_id"]],
      [{ type: "meter_credit", description: "abc", properties: { meter_id: "00000000-0000-4000-8000-000000000000", units: 5 } }, ["body", "properties", "meter_id"]],
    ];
    for (const [json, loc] of cases) {
      const res = await api("/v1/benefits/", { method: "POST", token, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      const body = await res.json();
      expect(body.error).toBe("RequestValidationError");
      expect(body.detail.map((d: { loc: unknown }) => d.loc)).toContainEqual(loc);
    }
    const notJson = await api("/v1/benefits/", { method: "POST", token, body: "{nope", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(422);
    expect((await notJson.json()).detail[0]).toMatchObject({ loc: ["body"], type: "json_invalid" });
  });

  test("no token is 401, another organization's benefit is 404, deleted is gone", async () => {
    const a = await createTestOrg();
    const b = await createTestOrg();
    const benefit = await createTestBenefit(a.org.id);

    const anonymous = await api("/v1/benefits/");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Unauthorized", detail: "Missing or invalid access token" });
    expect((await api("/v1/benefits/", { token: "bfr_oat_wrong" })).status).toBe(401);

    await expect(b.polar.benefits.get(benefit.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
    const patch = await api(`/v1/benefits/${benefit.id}`, { method: "PATCH", token: b.token, json: { description: "stolen" } });
    expect(patch.status).toBe(404);
    expect((await api(`/v1/benefits/${benefit.id}`, { method: "DELETE", token: b.token })).status).toBe(404);
    expect((await api(`/v1/benefits/not-a-uuid`, { token: a.token })).status).toBe(404);

    await a.polar.benefits.delete(benefit.id);
    await expect(a.polar.benefits.get(benefit.id)).rejects.toBeInstanceOf(errors.ResourceNotFound);
  });
});
