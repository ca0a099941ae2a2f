// License-key test data: keys are issued the way a merchant's app gets them — a purchase of a
// product with a license_keys benefit recorded through POST /v1/orders/ — never inserted by hand.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { api, createTestBenefit, createTestCustomer, createTestOrg, createTestProduct } from "@/test/factories";

export type LicenseKeysBenefitProperties = {
  prefix?: string | null;
  expires?: { ttl: number; timeframe: "year" | "month" | "day" } | null;
  activations?: { limit: number; enable_customer_admin: boolean } | null;
  limit_usage?: number | null;
};

/**
 * An organization selling one product with a license_keys benefit, and a customer with the
 * private details the public API must never return (email, billing address, tax id, metadata).
 */
export async function createLicenseWorld(properties: LicenseKeysBenefitProperties = {}) {
  const world = await createTestOrg();
  const benefit = await createTestBenefit(world.org.id, {
    type: "license_keys",
    description: "App license",
    properties: { prefix: "TEST", expires: null, activations: null, limit_usage: null, ...properties },
  });
  const product = await createTestProduct(world.org.id, { benefitIds: [benefit.id] });
  const customer = await createTestCustomer(world.org.id, {
    name: "Grace Hopper",
    billing_address: { country: "US", line1: "1 Secret Street", line2: null, postal_code: "10001", city: "New York", state: "NY" },
    tax_id: "SECRET-TAX-42",
    metadata: { internal_note: "private" },
  });
  return { ...world, benefit, product, customer };
}

export type LicenseWorld = Awaited<ReturnType<typeof createLicenseWorld>>;

/** Records a paid order through the API and returns the key it issued (the call has already returned). */
export async function purchaseKey(world: LicenseWorld, customerId = world.customer.id) {
  const res = await api("/v1/orders/", {
    method: "POST",
    token: world.token,
    json: { customer_id: customerId, product_id: world.product.id },
  });
  expect(res.status).toBe(201);
  const order = (await res.json()) as { id: string };
  const licenseKey = await db.licenseKey.findFirstOrThrow({ where: { grant: { orderId: order.id } } });
  return { order, licenseKey, key: licenseKey.key };
}

/** A fresh documentation-range address per test, so per-IP limits of one test never touch another. */
export function testIp(): string {
  const b = randomBytes(3);
  return `198.${18 + (b[0] % 2)}.${b[1]}.${b[2]}`;
}

const PUBLIC = "/v1/customer-portal/license-keys";

/** A raw call to the public license API from the given address; returns [status, body, response]. */
export async function publicCall(path: "validate" | "activate" | "deactivate" | "token", json: unknown, ip = testIp()) {
  const res = await api(`${PUBLIC}/${path}`, { method: "POST", json, headers: { "x-forwarded-for": ip } });
  const text = await res.text();
  return [res.status, text ? (JSON.parse(text) as Record<string, unknown>) : null, res] as const;
}

/** A raw call to the server-side license API with an organization token. */
export async function serverCall(path: "validate" | "activate" | "deactivate", json: unknown, token?: string) {
  const res = await api(`/v1/license-keys/${path}`, { method: "POST", json, token });
  const text = await res.text();
  return [res.status, text ? (JSON.parse(text) as Record<string, unknown>) : null, res] as const;
}

/** The error body of a license API failure. */
export function failure(error: string, code: string, detail: unknown = expect.any(String)) {
  return { error, code, detail };
}
