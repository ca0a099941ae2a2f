// Helpers for the merchant license-key integration tests (imported by *.integration.test.ts only).
import { expect } from "vitest";
import { db } from "@/lib/db";
import { call } from "@/lib/purchases/purchase-test-support";
import { createTestBenefit, createTestCustomer, createTestOrg, createTestProduct } from "@/test/factories";

export const aKeyDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

/**
 * An organization with a license_keys benefit (prefix APP, 3 activations, 100 uses) on a one-time
 * product. `buy()` records an order for a new customer and returns the key it issued.
 */
export async function createKeyCatalog(properties: Record<string, unknown> = { prefix: "app", activations: 3, limit_usage: 100 }) {
  const env = await createTestOrg();
  const benefit = await createTestBenefit(env.org.id, { type: "license_keys", description: "App license", properties });
  const product = await createTestProduct(env.org.id, { benefitIds: [benefit.id] });
  async function buy(customerInput: Parameters<typeof createTestCustomer>[1] = {}) {
    const customer = await createTestCustomer(env.org.id, customerInput);
    const [status, order] = await call(env.token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: product.id });
    expect(status).toBe(201);
    // Purchases deliver license keys before the call returns: the key is already there.
    const key = await db.licenseKey.findFirstOrThrow({ where: { customerId: customer.id } });
    return { customer, order, key };
  }
  return { ...env, benefit, product, buy };
}

/**
 * Activations made straight in the database, so these tests do not depend on the public
 * activate endpoint (tested with the public license API).
 */
export async function addActivations(licenseKeyId: string, labels: string[]) {
  const rows = [];
  for (const label of labels) {
    rows.push(await db.licenseKeyActivation.create({ data: { licenseKeyId, label, conditions: { machine: label }, meta: { os: "linux" } } }));
  }
  return rows;
}

export const notFound = (what: string) => ({ error: "ResourceNotFound", detail: `${what} not found` });

/** [status, body] of a raw call (call() also returns the headers). */
export async function statusAndBody(token: string, method: string, path: string, json?: unknown) {
  const [status, body] = await call(token, method, path, json);
  return [status, body] as const;
}
