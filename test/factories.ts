// Test data: every test makes its own organization with random names; nothing depends on seed data.
import { randomBytes } from "node:crypto";
import { createPolar } from "@polar-sh/sdk/2026-10";
import { inject } from "vitest";
import { createAccessToken } from "@/lib/auth/access-tokens";
import { createBenefit, type CreateBenefitInput } from "@/lib/benefits/create-benefit";
import { createCustomer, type CreateCustomerInput } from "@/lib/customers/create-customer";
import { db } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/client";
import { createOrganization } from "@/lib/organizations/create-organization";
import { createProduct, type CreateProductInput } from "@/lib/products/create-product";
import { setProductBenefits } from "@/lib/products/set-product-benefits";
import { createUser } from "@/lib/users/create-user";

export const randomSuffix = () => randomBytes(5).toString("hex");

export function baseUrl(): string {
  return inject("baseUrl");
}

export async function createTestUser(overrides: { email?: string; password?: string } = {}) {
  const password = overrides.password ?? `pw-${randomSuffix()}`;
  const user = await createUser(db, { email: overrides.email ?? `user-${randomSuffix()}@test.local`, password });
  return { ...user, password };
}

/** An organization with an owner and an access token, plus a Polar SDK client using the token. */
export async function createTestOrg(options: { role?: MembershipRole } = {}) {
  const owner = await createTestUser();
  const org = await createOrganization(db, { name: `Test Org ${randomSuffix()}`, slug: `test-${randomSuffix()}` }, owner.id);
  if (options.role && options.role !== "owner") {
    await db.membership.update({
      where: { organizationId_userId: { organizationId: org.id, userId: owner.id } },
      data: { role: options.role },
    });
  }
  const { token } = await createAccessToken(db, { organizationId: org.id, name: "test" });
  const polar = createPolar({ baseUrl: baseUrl(), accessToken: token });
  return { org, owner, token, polar };
}

export function createTestBenefit(organizationId: string, input: Partial<CreateBenefitInput> = {}) {
  return createBenefit(db, organizationId, {
    type: "custom",
    description: `Benefit ${randomSuffix()}`,
    properties: { note: "A note" },
    metadata: {},
    ...input,
  });
}

/** A raw HTTP call to the app, for what the SDK cannot express (bad bodies, missing tokens). */
export function api(path: string, init: RequestInit & { token?: string; json?: unknown } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  return fetch(`${baseUrl()}${path}`, {
    ...init,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
}

/** A one-time product (a $10 fixed price unless `prices` says otherwise), with benefits in the given order. */
export async function createTestProduct(
  organizationId: string,
  { benefitIds, ...input }: Partial<CreateProductInput> & { benefitIds?: string[] } = {},
) {
  const product = await createProduct(db, organizationId, {
    name: `Product ${randomSuffix()}`,
    description: null,
    visibility: "public",
    prices: [{ amount_type: "fixed", price_amount: 1000, price_currency: "usd" }],
    metadata: {},
    ...input,
  });
  return benefitIds ? setProductBenefits(db, organizationId, product.id, benefitIds) : product;
}

export function createTestCustomer(organizationId: string, input: Partial<CreateCustomerInput> = {}) {
  return createCustomer(db, organizationId, {
    email: `customer-${randomSuffix()}@test.local`,
    name: null,
    external_id: null,
    billing_address: null,
    tax_id: null,
    locale: null,
    metadata: {},
    ...input,
  });
}
