import { expect, test } from "vitest";
import { findAccessToken } from "@/lib/auth/access-tokens";
import { db } from "@/lib/db";
import { createOrganization } from "@/lib/organizations/create-organization";
import { createOrganizationToken } from "@/lib/organizations/create-organization-token";
import { revokeOrganizationToken } from "@/lib/organizations/revoke-organization-token";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { createTestOrg, randomSuffix } from "@/test/factories";

test("createOrganization: a taken slug is a field error on slug, also when two race for it", async () => {
  const { org } = await createTestOrg();
  await expect(createOrganization(db, { name: "Copy", slug: org.slug })).rejects.toMatchObject({
    code: "validation",
    detail: [{ loc: ["body", "slug"], msg: "This slug is taken" }],
  });
  const slug = `race-${randomSuffix()}`;
  const results = await Promise.allSettled([createOrganization(db, { name: "One", slug }), createOrganization(db, { name: "Two", slug })]);
  expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
    detail: [{ loc: ["body", "slug"], msg: "This slug is taken" }],
  });
});

test("updateOrganization renames and sets the grace period, never the slug", async () => {
  const { org } = await createTestOrg();
  const updated = await updateOrganization(db, org.id, { name: "  Renamed Inc  ", pastDueGraceDays: 14, slug: "other" } as never);
  expect(updated).toEqual({ id: org.id, name: "Renamed Inc", slug: org.slug, pastDueGraceDays: 14 });
  await expect(updateOrganization(db, org.id, { name: "Renamed", pastDueGraceDays: 5 as never })).rejects.toMatchObject({
    name: "ZodError",
  });
});

test("organization tokens: created with an expiry, shown once, revoked only by their organization", async () => {
  const { org, owner } = await createTestOrg();
  const other = await createTestOrg();
  const created = await createOrganizationToken(db, { organizationId: org.id, userId: owner.id }, { name: "Billing", expiresIn: "30" });
  expect(created.token.endsWith(created.lastChars)).toBe(true);
  const row = await db.organizationAccessToken.findUniqueOrThrow({ where: { id: created.id } });
  expect(row).toMatchObject({ name: "Billing", createdById: owner.id, organizationId: org.id });
  const days = (row.expiresAt!.getTime() - row.createdAt.getTime()) / 86_400_000;
  expect(Math.round(days)).toBe(30);
  expect(JSON.stringify(row)).not.toContain(created.token);

  await expect(revokeOrganizationToken(db, other.org.id, created.id)).rejects.toMatchObject({ code: "not_found" });
  expect(await findAccessToken(db, created.token)).not.toBeNull();
  await revokeOrganizationToken(db, org.id, created.id);
  expect(await findAccessToken(db, created.token)).toBeNull();
  await expect(revokeOrganizationToken(db, org.id, created.id)).rejects.toMatchObject({ code: "not_found" });
  await expect(revokeOrganizationToken(db, org.id, "not-a-uuid")).rejects.toMatchObject({ code: "not_found" });
});
