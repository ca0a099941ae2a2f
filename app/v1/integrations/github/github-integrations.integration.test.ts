// Merchant GitHub set-up over HTTP against the fake GitHub: app install redirect, token, the
// repository list, and benefit creation refusing repositories Benefactor cannot administer.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { githubInstallUrl } from "@/lib/integrations/github/github-install-url";
import type { GitHubFakeControl } from "@/test/fakes/github/control";
import { api, createTestOrg } from "@/test/factories";
import { installGitHubApp, useGitHubFake } from "@/test/github-fixtures";
import { signInCookie } from "@/test/session";

let fake: GitHubFakeControl;
beforeAll(async () => {
  fake = await useGitHubFake({ requireShared: true });
});

describe("GET /v1/integrations/github/setup", () => {
  test("installing the app on GitHub stores the installation for the organization that asked", async () => {
    const { org } = await createTestOrg();
    const account = fake.unique("gh-org");
    await fake.createRepo(account, "app");
    const install = new URL(githubInstallUrl(org.id)!);
    install.searchParams.set("account", account);
    const page = await fetch(install, { redirect: "manual" });
    expect(page.status).toBe(302);
    const setup = new URL(page.headers.get("location")!);
    expect(setup.pathname).toBe("/v1/integrations/github/setup");
    const res = await api(setup.pathname + setup.search, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(new RegExp(`/dashboard/${org.slug}/integrations\\?connected=github$`));
    expect(await db.organizationIntegration.findMany({ where: { organizationId: org.id }, select: { kind: true, name: true, externalId: true } })).toEqual([
      { kind: "github_app", name: account, externalId: setup.searchParams.get("installation_id") },
    ]);
  });

  test("a forged state is 400, an unknown installation 422, a missing parameter 422", async () => {
    const { org } = await createTestOrg();
    const forged = await api("/v1/integrations/github/setup?installation_id=1&state=abc.def", { redirect: "manual" });
    expect(forged.status).toBe(400);
    expect(await forged.json()).toEqual({ error: "BadRequest", detail: "This install link is invalid or expired: start again from the Integrations page" });
    const state = new URL(githubInstallUrl(org.id)!).searchParams.get("state")!;
    const unknown = await api(`/v1/integrations/github/setup?installation_id=999999999&state=${encodeURIComponent(state)}`, { redirect: "manual" });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toEqual({
      error: "RequestValidationError",
      detail: [{ loc: ["query", "installation_id"], msg: "GitHub does not know this installation of Benefactor's app", type: "value_error" }],
    });
    const missing = await api(`/v1/integrations/github/setup?state=${encodeURIComponent(state)}`, { redirect: "manual" });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { detail: { loc: string[] }[] }).detail[0].loc).toEqual(["query", "installation_id"]);
  });
});

describe("POST /v1/integrations/github/token", () => {
  test("a merchant connects a fine-grained token: verified against GitHub, stored encrypted", async () => {
    const { org, owner, token } = await createTestOrg();
    const login = fake.unique("merchant");
    const { token: pat } = await fake.createToken(login);
    const cookie = await signInCookie(owner.email, owner.password);
    const res = await api("/v1/integrations/github/token", { method: "POST", json: { token: pat }, headers: { cookie, "polar-organization": org.id } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: expect.any(String), kind: "github_token", name: login });
    const row = await db.organizationIntegration.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(pat);

    // An organization access token cannot connect integrations.
    const byToken = await api("/v1/integrations/github/token", { method: "POST", token, json: { token: pat } });
    expect(byToken.status).toBe(403);
    expect(await byToken.json()).toEqual({ error: "NotPermitted", detail: "You don't have the permission to do this" });
  });

  test("no auth is 401; a malformed or refused token is 422 on body.token", async () => {
    const { org, owner } = await createTestOrg();
    expect((await api("/v1/integrations/github/token", { method: "POST", json: { token: "x" } })).status).toBe(401);
    const cookie = await signInCookie(owner.email, owner.password);
    const headers = { cookie, "polar-organization": org.id };
    const bad = await api("/v1/integrations/github/token", { method: "POST", json: { token: "hello" }, headers });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { detail: { loc: string[] }[] }).detail[0].loc).toEqual(["body", "token"]);
    const refused = await api("/v1/integrations/github/token", { method: "POST", json: { token: `github_pat_${"0".repeat(40)}` }, headers });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error: "RequestValidationError",
      detail: [{ loc: ["body", "token"], msg: "GitHub refused this token (revoked, expired or mistyped)", type: "value_error" }],
    });
  });
});

describe("GET /v1/integrations/github/repositories and the benefit's repository check", () => {
  test("lists what the installation reaches; another organization sees none of it", async () => {
    const { org, token } = await createTestOrg();
    const gh = await installGitHubApp(fake, org.id, 2);
    const res = await api("/v1/integrations/github/repositories", { token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { full_name: string; can_administer: boolean }[]; is_connected: boolean };
    expect(body.is_connected).toBe(true);
    expect(body.items.map((r) => [r.full_name, r.can_administer])).toEqual(gh.repos.map((r) => [`${r.owner}/${r.name}`, true]));

    const other = await createTestOrg();
    expect(await (await api("/v1/integrations/github/repositories", { token: other.token })).json()).toEqual({ items: [], errors: [], is_connected: false });
    expect((await api("/v1/integrations/github/repositories")).status).toBe(401);
  });

  test("creating a benefit refuses a repository Benefactor cannot reach or administer, per repository", async () => {
    const { org, token } = await createTestOrg();
    const gh = await installGitHubApp(fake, org.id, 2);
    const [a] = gh.repos;
    const create = (repositories: unknown) => api("/v1/benefits/", { method: "POST", token, json: { type: "github_repository", description: "Source", properties: { repositories } } });

    const unreachable = await create([{ owner: a.owner, name: a.name, permission: "pull" }, { owner: a.owner, name: "nope", permission: "pull" }]);
    expect(unreachable.status).toBe(422);
    expect(await unreachable.json()).toEqual({
      error: "RequestValidationError",
      detail: [{ loc: ["body", "properties", "repositories", 1], msg: `Benefactor cannot reach ${a.owner}/nope: install the GitHub App on it or give the token access`, type: "value_error", input: `${a.owner}/nope` }],
    });

    await fake.updateInstallation(gh.installation.id, { access: "read" });
    const readOnly = await create([{ owner: a.owner, name: a.name, permission: "pull" }]);
    expect(readOnly.status).toBe(422);
    expect(((await readOnly.json()) as { detail: { msg: string }[] }).detail[0].msg).toBe(
      `Benefactor cannot administer ${a.owner}/${a.name}: it needs the Administration (write) permission to invite collaborators`,
    );

    await fake.updateInstallation(gh.installation.id, { access: "admin" });
    const ok = await create([{ owner: a.owner, name: a.name, permission: "push" }]);
    expect(ok.status).toBe(201);
  });
});
