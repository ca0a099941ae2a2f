// Connected accounts over HTTP: authorize → the fake GitHub's consent → callback → account stored
// and waiting grants released by the app server's own job runner. The app server and this process
// share the fake GitHub (FAKE_GITHUB_URL).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import type { GitHubFakeControl } from "@/test/fakes/github/control";
import { api, createTestBenefit, createTestOrg } from "@/test/factories";
import { createGrantWorld, createTestOrder, getGrant, holdBenefits, settleWorldDeliveries } from "@/test/grant-fixtures";
import { installGitHubApp, useGitHubFake } from "@/test/github-fixtures";
import { sessionToken } from "@/test/portal-fixtures";

let fake: GitHubFakeControl;
beforeAll(async () => {
  fake = await useGitHubFake({ requireShared: true });
});
afterAll(settleWorldDeliveries);

/** A customer whose GitHub benefit waits for their account, with a portal session. */
async function waitingCustomer() {
  const w = await createGrantWorld([]);
  const gh = await installGitHubApp(fake, w.org.id, 1);
  const [repo] = gh.repos;
  const benefit = await createTestBenefit(w.org.id, { type: "github_repository", properties: { repository_owner: repo.owner, repository_name: repo.name, permission: "push" } });
  const order = await createTestOrder(w.org.id, w.customer.id, w.product.id);
  const [grantId] = (await holdBenefits(w.org.id, w.customer.id, order.id, [benefit.id])).grantIds;
  expect(await reconcileGrant(db, grantId)).toBe("action_required");
  const token = await sessionToken(w.token, w.customer.id);
  return { ...w, repo, grantId, session: token };
}

async function authorize(session: string | undefined, query = "") {
  return api(`/v1/customer-portal/oauth-accounts/github/authorize${query}`, { token: session, redirect: "manual" });
}

/** Runs the OAuth round trip as the browser would, approving as `login`; returns the final portal URL. */
async function connectAs(session: string, login: string, query = "") {
  const start = await authorize(session, query);
  expect(start.status).toBe(302);
  const consent = new URL(start.headers.get("location")!);
  consent.searchParams.set("login", login);
  const approved = await fetch(consent, { redirect: "manual" });
  expect(approved.status).toBe(302);
  const callback = await fetch(approved.headers.get("location")!, { redirect: "manual" });
  expect(callback.status).toBe(302);
  return new URL(callback.headers.get("location")!);
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

describe("GET /v1/customer-portal/oauth-accounts/{platform}/authorize", () => {
  test("redirects to GitHub with the client id, our callback and a signed state", async () => {
    const w = await waitingCustomer();
    const res = await authorize(w.session);
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get("location")!);
    expect(url.origin + url.pathname).toBe(`${fake.url}/login/oauth/authorize`);
    expect(url.searchParams.get("client_id")).toBe(process.env.GITHUB_CLIENT_ID);
    expect(url.searchParams.get("redirect_uri")).toMatch(/\/v1\/integrations\/github\/callback$/);
    expect(url.searchParams.get("state")).toMatch(/^[\w-]+\.[\w-]+$/);
    const json = await authorize(w.session, "?format=json");
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ url: expect.stringContaining("/login/oauth/authorize?") });
  });

  test("no session is 401, an unknown platform 404, a return path outside the portal 422", async () => {
    const w = await waitingCustomer();
    const none = await authorize(undefined);
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: "Unauthorized", detail: "A customer session token is required" });
    const unknown = await api("/v1/customer-portal/oauth-accounts/gitlab/authorize", { token: w.session, redirect: "manual" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "ResourceNotFound", detail: "Platform not found" });
    const other = await createTestOrg();
    for (const target of ["https://evil.example/x", `/portal/${other.org.slug}/accounts`, "//evil.example"]) {
      const res = await authorize(w.session, `?return_to=${encodeURIComponent(target)}`);
      expect(res.status).toBe(422);
      expect(await res.json()).toEqual({
        error: "RequestValidationError",
        detail: [{ loc: ["query", "return_to"], msg: `Must be a path inside /portal/${w.org.slug}`, type: "value_error" }],
      });
    }
  });
});

describe("GET /portal/{org}/accounts/connect/{platform}", () => {
  test("the portal's Connect link sends a signed-in customer to GitHub; without the portal cookie it is 401", async () => {
    const w = await waitingCustomer();
    const path = `/portal/${w.org.slug}/accounts/connect/github?return_to=${encodeURIComponent(`/portal/${w.org.slug}`)}`;
    const none = await api(path, { redirect: "manual" });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ error: "Unauthorized", detail: "Sign in to the portal first" });
    // Another organization's portal cookie opens nothing here.
    const other = await createTestOrg();
    const wrong = await api(path, { redirect: "manual", headers: { cookie: `bfr_portal_${other.org.id}=${w.session}` } });
    expect(wrong.status).toBe(401);
    const res = await api(path, { redirect: "manual", headers: { cookie: `bfr_portal_${w.org.id}=${w.session}` } });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toMatch(new RegExp(`^${fake.url}/login/oauth/authorize\\?`));
    const unknown = await api(`/portal/${w.org.slug}/accounts/connect/gitlab`, { redirect: "manual", headers: { cookie: `bfr_portal_${w.org.id}=${w.session}` } });
    expect(unknown.status).toBe(404);
  });
});

describe("GET /v1/integrations/github/callback", () => {
  test("connecting GitHub stores the account encrypted and the waiting grant is delivered without anyone retrying", async () => {
    const w = await waitingCustomer();
    const login = fake.unique("buyer");
    await fake.createUser(login);
    const back = await connectAs(w.session, login, `?return_to=${encodeURIComponent(`/portal/${w.org.slug}`)}`);
    expect(back.pathname).toBe(`/portal/${w.org.slug}`);
    expect(back.searchParams.get("connected")).toBe("github");

    const row = await db.customerOAuthAccount.findUniqueOrThrow({ where: { customerId_platform: { customerId: w.customer.id, platform: "github" } } });
    expect(row).toMatchObject({ accountUsername: login, platform: "github" });
    expect(row.accessToken).toMatch(/^v1\./);
    expect(row.accessToken).not.toContain("gho_");

    const grant = await until(() => getGrant(w.grantId), (g) => g.status === "granted");
    expect(grant).toMatchObject({ status: "granted", error: null });
    expect((await fake.repo(w.repo.owner, w.repo.name)).invitations).toEqual([{ id: expect.any(Number), invitee: login, permission: "push" }]);

    const list = await api("/v1/customer-portal/oauth-accounts", { token: w.session });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toContainEqual({
      platform: "github", label: "GitHub", is_configured: true, account: { account_id: row.accountId, username: login, connected_at: expect.any(String) },
    });
  });

  test("switching to another GitHub account moves the access to it", async () => {
    const w = await waitingCustomer();
    const [first, second] = [fake.unique("old"), fake.unique("new")];
    await connectAs(w.session, first);
    await until(() => getGrant(w.grantId), (g) => g.status === "granted");
    await connectAs(w.session, second);
    const loginOf = async () => ((await getGrant(w.grantId)).properties as { github_user: { login: string } }).github_user.login;
    expect(await until(loginOf, (l) => l === second)).toBe(second);
    expect((await fake.repo(w.repo.owner, w.repo.name)).invitations.map((i) => i.invitee)).toEqual([second]);
  });

  test("a refusal goes back to the portal with the reason; a forged or missing state is 400", async () => {
    const w = await waitingCustomer();
    const start = await authorize(w.session);
    const state = new URL(start.headers.get("location")!).searchParams.get("state")!;
    const denied = await api(`/v1/integrations/github/callback?error=access_denied&state=${encodeURIComponent(state)}`, { redirect: "manual" });
    expect(denied.status).toBe(302);
    expect(new URL(denied.headers.get("location")!).searchParams.get("account_error")).toBe("You did not authorize GitHub");

    const badCode = await api(`/v1/integrations/github/callback?code=nope&state=${encodeURIComponent(state)}`, { redirect: "manual" });
    expect(new URL(badCode.headers.get("location")!).searchParams.get("account_error")).toBe("The code passed is incorrect or expired.");

    for (const q of ["?code=x", `?code=x&state=${state.slice(0, -2)}xx`]) {
      const res = await api(`/v1/integrations/github/callback${q}`, { redirect: "manual" });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: "BadRequest", detail: "This sign-in link is invalid or expired: start again from the portal" });
    }
    expect(await db.customerOAuthAccount.count({ where: { customerId: w.customer.id } })).toBe(0);
  });
});

describe("DELETE /v1/customer-portal/oauth-accounts/{platform}", () => {
  test("disconnects the customer's own account; grants stay; a second delete is 404", async () => {
    const w = await waitingCustomer();
    await connectAs(w.session, fake.unique("buyer"));
    await until(() => getGrant(w.grantId), (g) => g.status === "granted");
    expect((await api("/v1/customer-portal/oauth-accounts/github", { method: "DELETE" })).status).toBe(401);
    const res = await api("/v1/customer-portal/oauth-accounts/github", { method: "DELETE", token: w.session });
    expect(res.status).toBe(204);
    expect((await getGrant(w.grantId)).status).toBe("granted");
    const again = await api("/v1/customer-portal/oauth-accounts/github", { method: "DELETE", token: w.session });
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: "ResourceNotFound", detail: "GitHub account not found" });
  });
});
