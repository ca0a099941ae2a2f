import { expect, test } from "vitest";
import type { GrantStatus } from "@/lib/generated/prisma/client";
import { serializeGrant, type GrantRow } from "./serialize-grant";

const at = new Date("2026-12-01T10:00:00.000Z");

function row(status: GrantStatus, overrides: Partial<GrantRow> = {}): GrantRow {
  return {
    id: "g1",
    organizationId: "o1",
    customerId: "c1",
    benefitId: "b1",
    orderId: "ord1",
    subscriptionId: null,
    status,
    properties: {},
    error: null,
    grantedAt: null,
    revokedAt: null,
    createdAt: at,
    modifiedAt: at,
    customer: {
      id: "c1",
      organizationId: "o1",
      email: "ann@example.com",
      name: null,
      externalId: null,
      emailVerified: false,
      billingName: null,
      billingAddress: null,
      taxId: null,
      locale: null,
      metadata: {},
      deletedAt: null,
      createdAt: at,
      modifiedAt: at,
    },
    benefit: {
      id: "b1",
      organizationId: "o1",
      type: "custom",
      description: "Perk",
      properties: { note: null },
      metadata: {},
      createdAt: at,
      modifiedAt: at,
      deletedAt: null,
    },
    ...overrides,
  };
}

test.each([
  ["pending", false, false],
  ["granted", true, false],
  ["failed", false, false],
  ["action_required", false, false],
  ["revoked", false, true],
] as const)("%s reads is_granted %s, is_revoked %s", (status, isGranted, isRevoked) => {
  expect(serializeGrant(row(status))).toMatchObject({ status, is_granted: isGranted, is_revoked: isRevoked });
});

test("a failed grant carries its error and is never shown as delivered", () => {
  const error = { message: "License keys delivery is not available yet", type: "PermanentJobError", timestamp: at.toISOString() };
  expect(serializeGrant(row("failed", { error }))).toMatchObject({ is_granted: false, granted_at: null, error });
});

test("the nested benefit says when it was deleted", () => {
  const grant = row("revoked", { revokedAt: at });
  grant.benefit.deletedAt = at;
  expect(serializeGrant(grant)).toMatchObject({ revoked_at: at.toISOString(), benefit: { is_deleted: true }, member_id: null, member: null });
});
