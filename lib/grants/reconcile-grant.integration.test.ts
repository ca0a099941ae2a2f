import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { createGrantWorld, createTestOrder, eventsFor, getGrant, holdBenefits, settleWorldDeliveries } from "@/test/grant-fixtures";

afterAll(settleWorldDeliveries);
afterEach(() => void vi.unstubAllEnvs());

describe("reconcileGrant", () => {
  test("delivers a custom benefit: granted with its note, announced once, and a second run changes nothing", async () => {
    const { org, customer, product, benefits } = await createGrantWorld([{ properties: { note: "Book your call: cal.com/x" } }]);
    const order = await createTestOrder(org.id, customer.id, product.id);
    const { grantIds } = await holdBenefits(org.id, customer.id, order.id, [benefits[0].id]);
    const [grantId] = grantIds;
    expect(await getGrant(grantId)).toMatchObject({ status: "pending", target: "granted" });

    expect(await reconcileGrant(db, grantId)).toBe("granted");
    const granted = await getGrant(grantId);
    expect(granted).toMatchObject({ status: "granted", properties: { note: "Book your call: cal.com/x" }, error: null, revokedAt: null });
    expect(granted.grantedAt).toBeInstanceOf(Date);

    expect(await reconcileGrant(db, grantId)).toBe("granted");
    expect(await getGrant(grantId)).toEqual(granted);
    const events = await eventsFor(org.id, grantId);
    expect(events.map((e) => e.type)).toEqual(["benefit_grant.created"]);
    expect(events[0].data).toMatchObject({
      id: grantId,
      is_granted: true,
      is_revoked: false,
      error: null,
      order_id: order.id,
      customer_id: customer.id,
      benefit_id: benefits[0].id,
      customer: { id: customer.id, email: customer.email },
      benefit: { id: benefits[0].id, type: "custom", properties: { note: "Book your call: cal.com/x" } },
      properties: { note: "Book your call: cal.com/x" },
    });
  });

  test("revokes, then re-grants: revoked is announced, the re-grant is an update", async () => {
    const { org, customer, product, benefits } = await createGrantWorld();
    const order = await createTestOrder(org.id, customer.id, product.id);
    const [grantId] = (await holdBenefits(org.id, customer.id, order.id, [benefits[0].id])).grantIds;
    await reconcileGrant(db, grantId);
    const firstGrantedAt = (await getGrant(grantId)).grantedAt!;

    await holdBenefits(org.id, customer.id, order.id, []);
    expect(await reconcileGrant(db, grantId)).toBe("revoked");
    const revoked = await getGrant(grantId);
    expect(revoked).toMatchObject({ status: "revoked", target: "revoked", properties: { note: "A note" } });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await reconcileGrant(db, grantId)).toBe("revoked");

    await holdBenefits(org.id, customer.id, order.id, [benefits[0].id]);
    expect(await reconcileGrant(db, grantId)).toBe("granted");
    const regranted = await getGrant(grantId);
    expect(regranted).toMatchObject({ status: "granted", target: "granted", revokedAt: null });
    expect(regranted.grantedAt!.getTime()).toBeGreaterThanOrEqual(firstGrantedAt.getTime());

    const events = await eventsFor(org.id, grantId);
    expect(events.map((e) => e.type)).toEqual(["benefit_grant.created", "benefit_grant.revoked", "benefit_grant.updated"]);
    expect(events[1].data).toMatchObject({ is_granted: false, is_revoked: true });
    expect(events[2].data).toMatchObject({ is_granted: true, is_revoked: false });
  });

  test("a provider that is not configured fails with a clear error, never a fake success", async () => {
    const { org, customer, product, benefits } = await createGrantWorld([{ type: "github_repository", properties: { repository_owner: "acme", repository_name: "app", permission: "pull" } }]);
    const order = await createTestOrder(org.id, customer.id, product.id);
    const [grantId] = (await holdBenefits(org.id, customer.id, order.id, [benefits[0].id])).grantIds;

    // Permanent: stored on the grant, and the job ends normally (nothing to retry).
    expect(await reconcileGrant(db, grantId)).toBe("failed");
    const failed = await getGrant(grantId);
    expect(failed).toMatchObject({
      status: "failed",
      grantedAt: null,
      error: { message: "GitHub integration not configured: connect GitHub on the Integrations page, then retry", type: "PermanentJobError", timestamp: expect.any(String) },
    });

    // Running again tries again, fails the same way, and does not announce it twice.
    expect(await reconcileGrant(db, grantId)).toBe("failed");
    const events = await eventsFor(org.id, grantId);
    expect(events.map((e) => e.type)).toEqual(["benefit_grant.updated"]);
    expect(events[0].data).toMatchObject({
      is_granted: false,
      status: "failed",
      error: { message: "GitHub integration not configured: connect GitHub on the Integrations page, then retry", type: "PermanentJobError" },
    });

    // Revoking a grant that never delivered closes it without calling the strategy.
    await holdBenefits(org.id, customer.id, order.id, []);
    expect(await reconcileGrant(db, grantId)).toBe("revoked");
    expect((await eventsFor(org.id, grantId)).map((e) => e.type)).toEqual(["benefit_grant.updated", "benefit_grant.updated"]);
  });

  test.each([
    ["github_repository", { repository_owner: "acme", repository_name: "private" }, "GitHub integration not configured: connect GitHub on the Integrations page, then retry"],
    ["discord", { guild_id: "123456789012345678", role_id: "987654321098765432" }, "Discord integration not configured"],
  ] as const)("%s without its provider ends failed with a clear error", async (type, properties, message) => {
    // npm test runs the fakes and configures a Discord bot; this case is the app without one.
    vi.stubEnv("DISCORD_BOT_TOKEN", "");
    const { org, customer, product, benefits } = await createGrantWorld([{ type, properties }]);
    const order = await createTestOrder(org.id, customer.id, product.id);
    const [grantId] = (await holdBenefits(org.id, customer.id, order.id, [benefits[0].id])).grantIds;
    expect(await reconcileGrant(db, grantId)).toBe("failed");
    expect((await getGrant(grantId)).error).toMatchObject({ message: expect.stringContaining(message) });
  });

  test("a missing grant is a no-op", async () => {
    expect(await reconcileGrant(db, "00000000-0000-7000-8000-000000000000")).toBeNull();
  });

  test("a grant whose benefit was deleted is never delivered", async () => {
    const { org, customer, product, benefits } = await createGrantWorld();
    const order = await createTestOrder(org.id, customer.id, product.id);
    const [grantId] = (await holdBenefits(org.id, customer.id, order.id, [benefits[0].id])).grantIds;
    // The purchase decided before the deletion committed (the race the deletion cannot see).
    await db.benefit.update({ where: { id: benefits[0].id }, data: { deletedAt: new Date() } });
    expect(await reconcileGrant(db, grantId)).toBe("revoked");
    expect(await getGrant(grantId)).toMatchObject({ status: "revoked", target: "revoked", grantedAt: null });
    expect(await eventsFor(org.id, grantId)).toEqual([]);
  });
});
