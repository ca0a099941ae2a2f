// github_repository delivery through the real octokit (throttling, app auth) against the fake GitHub.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { reapplyGrant } from "@/lib/grants/reapply-grant";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { retryGrant } from "@/lib/grants/retry-grant";
import { RetryableJobError } from "@/lib/jobs/job-errors";
import type { GitHubFakeControl } from "@/test/fakes/github/control";
import { createTestBenefit } from "@/test/factories";
import { createGrantWorld, createTestOrder, getGrant, holdBenefits, markJobsDone, settleWorldDeliveries } from "@/test/grant-fixtures";
import { connectCustomerGitHub, installGitHubApp, useGitHubFake } from "@/test/github-fixtures";

let fake: GitHubFakeControl;
beforeAll(async () => {
  fake = await useGitHubFake();
});
afterAll(settleWorldDeliveries);

type Repo = { owner: string; name: string; permission?: string };

/** A merchant with the app installed, a customer with a connected GitHub account, and one benefit over `pick(repos)`. */
async function world(pick: (repos: { owner: string; name: string }[]) => Repo[] = (r) => [r[0]], options: { connect?: boolean } = {}) {
  const w = await createGrantWorld([]);
  const gh = await installGitHubApp(fake, w.org.id, 3);
  const user = options.connect === false ? null : await connectCustomerGitHub(fake, w.customer.id);
  const benefit = await createTestBenefit(w.org.id, { type: "github_repository", properties: { repositories: pick(gh.repos).map((r) => ({ permission: "pull", ...r })) } });
  return { ...w, gh, user, benefit };
}

async function order(w: Awaited<ReturnType<typeof world>>, benefitIds = [w.benefit.id]) {
  const o = await createTestOrder(w.org.id, w.customer.id, w.product.id);
  const { grantIds } = await holdBenefits(w.org.id, w.customer.id, o.id, benefitIds);
  return { orderId: o.id, grantIds };
}

const invitees = async (owner: string, name: string) => (await fake.repo(owner, name)).invitations.map((i) => [i.invitee, i.permission]);

/** A merchant's retry, run here: the engine's job is marked done so only this test runs it. */
async function retry(w: { org: { id: string } }, grantId: string) {
  await retryGrant(db, w.org.id, grantId);
  await db.$transaction((tx) => markJobsDone(tx, w.org.id));
  return reconcileGrant(db, grantId);
}

describe("grant and revoke", () => {
  test("one repository: PUT answers 201, the invitation id is recorded, revoke deletes the pending invitation", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    const { orderId, grantIds: [grantId] } = await order(w);
    expect(await reconcileGrant(db, grantId)).toBe("granted");
    const state = await fake.repo(repo.owner, repo.name);
    expect(state.invitations).toEqual([{ id: expect.any(Number), invitee: w.user!.login, permission: "pull" }]);
    expect((await getGrant(grantId)).properties).toEqual({
      github_user: { id: String(w.user!.id), login: w.user!.login },
      repositories: [{ owner: repo.owner, name: repo.name, permission: "pull", invitation_id: state.invitations[0].id, result: "invited" }],
    });

    await holdBenefits(w.org.id, w.customer.id, orderId, []);
    expect(await reconcileGrant(db, grantId)).toBe("revoked");
    expect(await fake.repo(repo.owner, repo.name)).toMatchObject({ invitations: [], collaborators: {} });
  });

  test("several repositories with their own permissions; 204 for an existing collaborator; revoke removes accepted access", async () => {
    const w = await world((r) => [{ ...r[0], permission: "pull" }, { ...r[1], permission: "push" }]);
    const [a, b] = w.gh.repos;
    await fake.addCollaboratorByHand(b.owner, b.name, w.user!.login, "pull");
    const { orderId, grantIds: [grantId] } = await order(w);
    expect(await reconcileGrant(db, grantId)).toBe("granted");
    const recorded = (await getGrant(grantId)).properties as { repositories: { name: string; result: string; invitation_id: number | null }[] };
    expect(recorded.repositories.map((r) => [r.name, r.result, r.invitation_id === null])).toEqual([
      [a.name, "invited", false],
      [b.name, "already_collaborator", true],
    ]);
    // 204 updated the existing collaborator's permission.
    expect((await fake.repo(b.owner, b.name)).collaborators).toEqual({ [w.user!.login.toLowerCase()]: "push" });

    await fake.acceptInvitation(a.owner, a.name, w.user!.login);
    await holdBenefits(w.org.id, w.customer.id, orderId, []);
    expect(await reconcileGrant(db, grantId)).toBe("revoked");
    expect(await fake.repo(a.owner, a.name)).toMatchObject({ invitations: [], collaborators: {} });
    expect(await fake.repo(b.owner, b.name)).toMatchObject({ invitations: [], collaborators: {} });
  });

  test("granting twice changes nothing on GitHub (same pending invitation)", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    const { grantIds: [grantId] } = await order(w);
    await reconcileGrant(db, grantId);
    const first = await invitees(repo.owner, repo.name);
    await db.benefitGrant.update({ where: { id: grantId }, data: { status: "pending" } });
    await reconcileGrant(db, grantId);
    expect(await invitees(repo.owner, repo.name)).toEqual(first);
  });
});

describe("benefit edits", () => {
  test("revoke after an edit takes back the recorded repository, not the new one", async () => {
    const w = await world();
    const [old, other] = w.gh.repos;
    const { orderId, grantIds: [grantId] } = await order(w);
    await reconcileGrant(db, grantId);
    // The properties change under the grant (no re-apply ran yet).
    await db.benefit.update({ where: { id: w.benefit.id }, data: { properties: { repositories: [{ owner: other.owner, name: other.name, permission: "push" }] } } });
    await fake.addCollaboratorByHand(other.owner, other.name, w.user!.login, "pull");
    await holdBenefits(w.org.id, w.customer.id, orderId, []);
    expect(await reconcileGrant(db, grantId)).toBe("revoked");
    expect((await fake.repo(old.owner, old.name)).invitations).toEqual([]);
    expect((await fake.repo(other.owner, other.name)).collaborators).toEqual({ [w.user!.login.toLowerCase()]: "pull" });
    expect((await fake.calls(`${other.owner}/${other.name}`)).filter((c) => c.method !== "GET" && c.method !== "POST")).toEqual([]);
  });

  test("re-apply grants added repositories, updates permissions and revokes removed ones", async () => {
    const w = await world();
    const [a, b] = w.gh.repos;
    const { grantIds: [grantId] } = await order(w);
    await reconcileGrant(db, grantId);
    await db.benefit.update({
      where: { id: w.benefit.id },
      data: { properties: { repositories: [{ owner: a.owner, name: a.name, permission: "push" }, { owner: b.owner, name: b.name, permission: "pull" }] } },
    });
    expect(await reapplyGrant(db, grantId)).toBe("granted");
    expect(await invitees(a.owner, a.name)).toEqual([[w.user!.login, "push"]]);
    expect(await invitees(b.owner, b.name)).toEqual([[w.user!.login, "pull"]]);

    await db.benefit.update({ where: { id: w.benefit.id }, data: { properties: { repositories: [{ owner: b.owner, name: b.name, permission: "pull" }] } } });
    expect(await reapplyGrant(db, grantId)).toBe("granted");
    expect(await invitees(a.owner, a.name)).toEqual([]);
    expect(await invitees(b.owner, b.name)).toEqual([[w.user!.login, "pull"]]);
    expect(((await getGrant(grantId)).properties as { repositories: { name: string }[] }).repositories.map((r) => r.name)).toEqual([b.name]);
  });
});

describe("shared access", () => {
  test("the same benefit bought twice: the repository stays until the last grant goes", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    const first = await order(w);
    const second = await order(w);
    await reconcileGrant(db, first.grantIds[0]);
    await reconcileGrant(db, second.grantIds[0]);
    await holdBenefits(w.org.id, w.customer.id, first.orderId, []);
    expect(await reconcileGrant(db, first.grantIds[0])).toBe("revoked");
    expect(await invitees(repo.owner, repo.name)).toEqual([[w.user!.login, "pull"]]);
    await holdBenefits(w.org.id, w.customer.id, second.orderId, []);
    expect(await reconcileGrant(db, second.grantIds[0])).toBe("revoked");
    expect(await invitees(repo.owner, repo.name)).toEqual([]);
  });

  test("two different benefits on the same repository: revoking one keeps the access", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    const pro = await createTestBenefit(w.org.id, { type: "github_repository", properties: { repository_owner: repo.owner, repository_name: repo.name, permission: "pull" } });
    const one = await order(w, [w.benefit.id]);
    const two = await order(w, [pro.id]);
    await reconcileGrant(db, one.grantIds[0]);
    await reconcileGrant(db, two.grantIds[0]);
    await fake.acceptInvitation(repo.owner, repo.name, w.user!.login);
    await holdBenefits(w.org.id, w.customer.id, one.orderId, []);
    expect(await reconcileGrant(db, one.grantIds[0])).toBe("revoked");
    expect((await fake.repo(repo.owner, repo.name)).collaborators).toEqual({ [w.user!.login.toLowerCase()]: "pull" });
    await holdBenefits(w.org.id, w.customer.id, two.orderId, []);
    expect(await reconcileGrant(db, two.grantIds[0])).toBe("revoked");
    expect((await fake.repo(repo.owner, repo.name)).collaborators).toEqual({});
  });
});

describe("failures", () => {
  test("429 with Retry-After is honoured by the throttling plugin (measured wait)", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    const full = `${repo.owner}/${repo.name}`;
    await fake.fail({ kind: "429", repo: full, retry_after: 2, count: 1 });
    const { grantIds: [grantId] } = await order(w);
    const started = Date.now();
    expect(await reconcileGrant(db, grantId)).toBe("granted");
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    const puts = (await fake.calls(full)).filter((c) => c.method === "PUT");
    expect(puts.map((c) => c.status)).toEqual([429, 201]);
    expect(puts[1].at - puts[0].at).toBeGreaterThanOrEqual(2000);
  });

  test("a secondary rate limit longer than the client waits goes back to the engine with GitHub's Retry-After", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    await fake.fail({ kind: "secondary", repo: `${repo.owner}/${repo.name}`, retry_after: 120, count: 1 });
    const { grantIds: [grantId] } = await order(w);
    const err = await reconcileGrant(db, grantId).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryableJobError);
    expect((err as RetryableJobError).retryAfterMs).toBe(120_000);
    expect(await reconcileGrant(db, grantId)).toBe("granted");
  });

  test("5xx and timeouts are retryable; the next attempt delivers", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    const full = `${repo.owner}/${repo.name}`;
    await fake.fail({ kind: "500", repo: full, count: 1 });
    const { grantIds: [grantId] } = await order(w);
    await expect(reconcileGrant(db, grantId)).rejects.toThrow(RetryableJobError);
    expect(await getGrant(grantId)).toMatchObject({ status: "pending", error: { type: "RetryableJobError", message: expect.stringContaining("GitHub answered 500") } });

    await fake.fail({ kind: "timeout", repo: full, count: 1 });
    await expect(reconcileGrant(db, grantId)).rejects.toThrow(/did not answer in time/);
    expect(await reconcileGrant(db, grantId)).toBe("granted");
    expect(await getGrant(grantId)).toMatchObject({ status: "granted", error: null });
  });

  test("an installation that cannot administer the repository fails the grant with what to fix; retry works after the fix", async () => {
    const w = await world();
    await fake.updateInstallation(w.gh.installation.id, { access: "read" });
    const { grantIds: [grantId] } = await order(w);
    expect(await reconcileGrant(db, grantId)).toBe("failed");
    expect((await getGrant(grantId)).error).toMatchObject({ type: "PermanentJobError", message: expect.stringMatching(/cannot administer .*Give the GitHub App.*administration access/) });

    await fake.updateInstallation(w.gh.installation.id, { access: "admin" });
    expect(await retry(w, grantId)).toBe("granted");
  });

  test("lost access (404) and the invitation cap end in a clear error", async () => {
    const w = await world();
    const [repo] = w.gh.repos;
    await fake.updateInstallation(w.gh.installation.id, { repositories: ["some-other-repo"] });
    const { grantIds: [grantId] } = await order(w);
    expect(await reconcileGrant(db, grantId)).toBe("failed");
    expect((await getGrant(grantId)).error).toMatchObject({ message: expect.stringContaining(`GitHub answered 404 for ${repo.owner}/${repo.name}`) });

    await fake.updateInstallation(w.gh.installation.id, { repositories: null });
    await fake.fillInvitations(repo.owner, repo.name, 50);
    expect(await retry(w, grantId)).toBe("failed");
    expect((await getGrant(grantId)).error).toMatchObject({ message: expect.stringContaining("invitation limit") });
    await fake.resetInvitationCap(repo.owner, repo.name);
    expect(await retry(w, grantId)).toBe("granted");
  });
});

test("a permanent failure on one repository takes back the invitation sent to the others in that attempt", async () => {
  const w = await world((r) => [r[0], r[1]]);
  const [a, b] = w.gh.repos;
  await fake.fillInvitations(b.owner, b.name, 50);
  const { grantIds: [grantId] } = await order(w);
  expect(await reconcileGrant(db, grantId)).toBe("failed");
  expect(await invitees(a.owner, a.name)).toEqual([]);
  await fake.resetInvitationCap(b.owner, b.name);
  expect(await retry(w, grantId)).toBe("granted");
  expect(await invitees(a.owner, a.name)).toEqual([[w.user!.login, "pull"]]);
  expect(await invitees(b.owner, b.name)).toEqual([[w.user!.login, "pull"]]);
});

describe("prerequisites", () => {
  test("a customer without a GitHub account is action_required with a message naming the repositories", async () => {
    const w = await world(undefined, { connect: false });
    const [repo] = w.gh.repos;
    const { grantIds: [grantId] } = await order(w);
    expect(await reconcileGrant(db, grantId)).toBe("action_required");
    expect((await getGrant(grantId)).error).toMatchObject({ type: "ActionRequiredError", message: `Connect your GitHub account to get access to ${repo.owner}/${repo.name}` });
  });

  test("an organization without a GitHub integration gets 'integration not configured'", async () => {
    const w = await createGrantWorld([{ type: "github_repository", properties: { repository_owner: "acme", repository_name: "private" } }]);
    const o = await createTestOrder(w.org.id, w.customer.id, w.product.id);
    const [grantId] = (await holdBenefits(w.org.id, w.customer.id, o.id, [w.benefits[0].id])).grantIds;
    expect(await reconcileGrant(db, grantId)).toBe("failed");
    expect((await getGrant(grantId)).error).toMatchObject({ message: expect.stringContaining("GitHub integration not configured") });
  });
});
