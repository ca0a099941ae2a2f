// Customer-portal test data: an organization selling one product with a note and a license key,
// a customer who bought it through the API (so the key exists when the call returns), and
// helpers to open portal sessions the way a merchant does.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { api, createTestBenefit, createTestCustomer, createTestOrg, createTestProduct, randomSuffix } from "@/test/factories";

export const NOTE = "Book your call at [our calendar](https://example.com/book). **Thanks!**";

/** An organization with a [note, license key] product, ready to sell. */
export async function createPortalShop(options: { enableCustomerAdmin?: boolean } = {}) {
  const env = await createTestOrg();
  const note = await createTestBenefit(env.org.id, { type: "custom", description: "Onboarding call", properties: { note: NOTE } });
  const license = await createTestBenefit(env.org.id, {
    type: "license_keys",
    description: "Desktop license",
    properties: { prefix: "shop", activations: { limit: 2, enable_customer_admin: options.enableCustomerAdmin ?? true } },
  });
  const product = await createTestProduct(env.org.id, { name: `Desktop App ${randomSuffix()}`, benefitIds: [note.id, license.id] });
  return { ...env, benefits: { note, license }, product };
}

type Shop = Awaited<ReturnType<typeof createPortalShop>>;

/** A customer of the shop who bought its product through POST /v1/orders/. */
export async function createBuyer(shop: Shop, input: { name?: string } = {}) {
  const customer = await createTestCustomer(shop.org.id, { name: input.name ?? "Ada Lovelace", external_id: `ext-${randomSuffix()}` });
  const res = await api("/v1/orders/", { method: "POST", token: shop.token, json: { customer_id: customer.id, product_id: shop.product.id } });
  expect(res.status).toBe(201);
  const order = (await res.json()) as { id: string };
  const grants = await db.benefitGrant.findMany({ where: { orderId: order.id }, orderBy: { position: "asc" }, select: { id: true, status: true } });
  const key = await db.licenseKey.findFirstOrThrow({ where: { customerId: customer.id }, select: { id: true, key: true } });
  return { customer, order, grants, key };
}

export type SessionBody = Record<string, unknown>;

/** POST /v1/customer-sessions/ with the shop's token; returns the status and the parsed body. */
export async function postSession(token: string | undefined, json: SessionBody) {
  const res = await api("/v1/customer-sessions/", { method: "POST", token, json });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A live portal session token for this customer. */
export async function sessionToken(shopToken: string, customerId: string): Promise<string> {
  const { status, body } = await postSession(shopToken, { customer_id: customerId });
  expect(status).toBe(201);
  return body.token as string;
}
