// How the engine treats what strategies do: the shared-benefit rule, errors of each kind, and the
// savepoint around strategy work. Strategies are spied on in the registry's own objects, so the
// real registry wiring and the real isExternal flags are what is tested.
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { customStrategy } from "@/lib/benefits/custom/strategy";
import { githubRepositoryStrategy } from "@/lib/benefits/github-repository/strategy";
import { licenseKeysStrategy } from "@/lib/benefits/license-keys/strategy";
import type { StrategyContext } from "@/lib/benefits/strategy";
import { db } from "@/lib/db";
import { ActionRequiredError } from "@/lib/grants/action-required-error";
import { cycleGrant } from "@/lib/grants/cycle-grant";
import { markGrantFailed } from "@/lib/grants/mark-grant-failed";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { createGrantWorld, createTestOrder, eventsFor, getGrant, holdBenefits, settleWorldDeliveries } from "@/test/grant-fixtures";

afterAll(settleWorldDeliveries);

afterEach(() => {
  vi.restoreAllMocks();
});

const REPO = { repository_owner: "acme", repository_name: "private" };

/** One customer holding the same benefit through two orders. */
async function twoPurchasesOf(input: Parameters<typeof createGrantWorld>[0]) {
  const world = await createGrantWorld(input);
  const { org, customer, product, benefits } = world;
  const a = await createTestOrder(org.id, customer.id, product.id);
  const b = await createTestOrder(org.id, customer.id, product.id);
  const [grantA] = (await holdBenefits(org.id, customer.id, a.id, [benefits[0].id])).grantIds;
  const [grantB] = (await holdBenefits(org.id, customer.id, b.id, [benefits[0].id])).grantIds;
  return { ...world, a, b, grantA, grantB };
}

describe("the shared-benefit rule", () => {
  test("an external benefit reached through two purchases leaves the provider only with the last grant", async () => {
    vi.spyOn(githubRepositoryStrategy, "grant").mockImplementation(async (ctx) => ({ properties: { invited: ctx.grant.id } }));
    const revoke = vi.spyOn(githubRepositoryStrategy, "revoke").mockResolvedValue();
    const { org, customer, a, b, grantA, grantB, benefits } = await twoPurchasesOf([{ type: "github_repository", properties: REPO }]);
    expect(await reconcileGrant(db, grantA)).toBe("granted");
    expect(await reconcileGrant(db, grantB)).toBe("granted");

    await holdBenefits(org.id, customer.id, a.id, []);
    expect(await reconcileGrant(db, grantA)).toBe("revoked");
    expect(revoke).not.toHaveBeenCalled();
    expect((await eventsFor(org.id, grantA)).map((e) => e.type)).toEqual(["benefit_grant.created", "benefit_grant.revoked"]);

    // The benefit was edited meanwhile: revoke still takes back what the grant recorded.
    await db.benefit.update({ where: { id: benefits[0].id }, data: { properties: { repositories: [{ owner: "acme", name: "other", permission: "push" }] } } });
    await holdBenefits(org.id, customer.id, b.id, []);
    expect(await reconcileGrant(db, grantB)).toBe("revoked");
    expect(revoke).toHaveBeenCalledTimes(1);
    const ctx = revoke.mock.calls[0][0] as StrategyContext;
    expect(ctx.grant).toMatchObject({ id: grantB, properties: { invited: grantB } });
  });

  test("a benefit each grant owns (license keys) is revoked grant by grant", async () => {
    vi.spyOn(licenseKeysStrategy, "grant").mockImplementation(async (ctx) => ({ properties: { license_key_id: ctx.grant.id } }));
    const revoke = vi.spyOn(licenseKeysStrategy, "revoke").mockResolvedValue();
    const { org, customer, a, grantA, grantB } = await twoPurchasesOf([{ type: "license_keys", properties: {} }]);
    await reconcileGrant(db, grantA);
    await reconcileGrant(db, grantB);
    await holdBenefits(org.id, customer.id, a.id, []);
    expect(await reconcileGrant(db, grantA)).toBe("revoked");
    expect(revoke).toHaveBeenCalledTimes(1);
    expect((revoke.mock.calls[0][0] as StrategyContext).grant.properties).toEqual({ license_key_id: grantA });
  });
});

describe("strategy errors", () => {
  async function oneGrant() {
    const world = await createGrantWorld();
    const { org, customer, product, benefits } = world;
    const order = await createTestOrder(org.id, customer.id, product.id);
    const [grantId] = (await holdBenefits(org.id, customer.id, order.id, [benefits[0].id])).grantIds;
    return { ...world, order, grantId };
  }

  test("a transient failure is stored and rethrown after commit; when retries run out the grant is failed", async () => {
    const outage = new RetryableJobError("GitHub answered 503", 30_000);
    vi.spyOn(customStrategy, "grant").mockRejectedValue(outage);
    const { org, grantId } = await oneGrant();

    await expect(reconcileGrant(db, grantId)).rejects.toBe(outage);
    expect(await getGrant(grantId)).toMatchObject({
      status: "pending",
      error: { message: "GitHub answered 503", type: "RetryableJobError" },
    });
    expect(await eventsFor(org.id, grantId)).toEqual([]);

    await markGrantFailed(db, grantId, "GitHub answered 503 (5 attempts)");
    expect(await getGrant(grantId)).toMatchObject({
      status: "failed",
      error: { message: "GitHub answered 503 (5 attempts)", type: "JobFailedError" },
    });
    const events = await eventsFor(org.id, grantId);
    expect(events.map((e) => [e.type, e.data.is_granted, (e.data.error as { message: string }).message])).toEqual([
      ["benefit_grant.updated", false, "GitHub answered 503 (5 attempts)"],
    ]);

    // Once the provider is back, the next run delivers and clears the error.
    vi.restoreAllMocks();
    expect(await reconcileGrant(db, grantId)).toBe("granted");
    expect(await getGrant(grantId)).toMatchObject({ status: "granted", error: null });
    expect((await eventsFor(org.id, grantId)).map((e) => e.type)).toEqual(["benefit_grant.updated", "benefit_grant.created"]);
  });

  test("a customer who must act leaves the grant action_required", async () => {
    vi.spyOn(customStrategy, "grant").mockRejectedValue(new ActionRequiredError("Connect your GitHub account"));
    const { org, grantId } = await oneGrant();
    expect(await reconcileGrant(db, grantId)).toBe("action_required");
    expect(await getGrant(grantId)).toMatchObject({
      status: "action_required",
      error: { message: "Connect your GitHub account", type: "ActionRequiredError" },
    });
    const [event] = await eventsFor(org.id, grantId);
    expect(event).toMatchObject({ type: "benefit_grant.updated", data: { is_granted: false, status: "action_required" } });
  });

  test("what a failing strategy wrote is rolled back with it, even after a failed statement", async () => {
    vi.spyOn(customStrategy, "grant").mockImplementation(async (ctx) => {
      await ctx.tx.customer.update({ where: { id: ctx.customer.id }, data: { name: "half-done" } });
      // A statement error aborts the PostgreSQL transaction; the savepoint makes it usable again.
      await ctx.tx.$executeRawUnsafe("SELECT 1/0").catch(() => {});
      throw new PermanentJobError("Quota exceeded");
    });
    const { customer, grantId } = await oneGrant();
    expect(await reconcileGrant(db, grantId)).toBe("failed");
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).name).toBe(customer.name);
    expect((await getGrant(grantId)).error).toMatchObject({ message: "Quota exceeded" });
  });

  test("an unexpected error rolls the whole attempt back and propagates (the engine retries)", async () => {
    vi.spyOn(customStrategy, "grant").mockRejectedValue(new TypeError("bug"));
    const { grantId } = await oneGrant();
    await expect(reconcileGrant(db, grantId)).rejects.toThrow("bug");
    expect(await getGrant(grantId)).toMatchObject({ status: "pending", error: null });
  });

  test("a failed revoke keeps the grant granted (the customer still has it) with the error", async () => {
    const { org, customer, order, grantId } = await oneGrant();
    await reconcileGrant(db, grantId);
    const revoke = vi.spyOn(customStrategy, "revoke").mockRejectedValue(new PermanentJobError("Provider refused"));
    await holdBenefits(org.id, customer.id, order.id, []);
    expect(await reconcileGrant(db, grantId)).toBe("granted");
    expect(await getGrant(grantId)).toMatchObject({ status: "granted", target: "revoked", error: { message: "Provider refused" } });

    revoke.mockResolvedValue();
    expect(await reconcileGrant(db, grantId)).toBe("revoked");
    expect(await getGrant(grantId)).toMatchObject({ status: "revoked", error: null });
    expect((await eventsFor(org.id, grantId)).map((e) => e.type)).toEqual([
      "benefit_grant.created",
      "benefit_grant.updated",
      "benefit_grant.revoked",
    ]);
  });
});

describe("cycleGrant", () => {
  test("a renewal of a delivered grant is announced; other grants are left alone", async () => {
    const githubBenefit = { type: "github_repository" as const, properties: { repository_owner: "acme", repository_name: "app", permission: "pull" } };
    const { org, customer, product, benefits } = await createGrantWorld([{}, githubBenefit]);
    const order = await createTestOrder(org.id, customer.id, product.id);
    const [custom, github] = (await holdBenefits(org.id, customer.id, order.id, benefits.map((b) => b.id))).grantIds;
    await reconcileGrant(db, custom);
    await reconcileGrant(db, github);

    expect(await cycleGrant(db, custom)).toBe("granted");
    expect(await cycleGrant(db, github)).toBe("failed");
    expect((await eventsFor(org.id, custom)).map((e) => e.type)).toEqual(["benefit_grant.created", "benefit_grant.cycled"]);
    expect((await eventsFor(org.id, github)).map((e) => e.type)).toEqual(["benefit_grant.updated"]);
  });
});
