// License keys for the signing tests. The realistic path (a recorded purchase issues the key) is
// `purchasedLicenseKey`; `licenseKeyRow` writes a row directly when a test needs a state a purchase
// cannot produce quickly (an expiry minutes away, a revoked key).
import { randomBytes } from "node:crypto";
import { createRemoteJWKSet } from "jose";
import { db } from "@/lib/db";
import { displayLicenseKey, generateLicenseKey } from "@/lib/license-keys/generate-license-key";
import type { LicenseKeyStatus } from "@/lib/generated/prisma/client";
import { api, baseUrl, createTestBenefit, createTestCustomer, createTestOrg, createTestProduct } from "@/test/factories";

export async function createLicenseKeysBenefit(organizationId: string) {
  return createTestBenefit(organizationId, {
    type: "license_keys",
    description: "License",
    properties: { prefix: "TEST", expires: null, activations: { limit: 3, enable_customer_admin: true }, limit_usage: null },
  });
}

/** An organization, a customer, and the key a real purchase through POST /v1/orders issued. */
export async function purchasedLicenseKey() {
  const ctx = await createTestOrg();
  const benefit = await createLicenseKeysBenefit(ctx.org.id);
  const product = await createTestProduct(ctx.org.id, { benefitIds: [benefit.id] });
  const customer = await createTestCustomer(ctx.org.id);
  const res = await api("/v1/orders/", { method: "POST", token: ctx.token, json: { customer_id: customer.id, product_id: product.id } });
  if (res.status !== 201 && res.status !== 200) throw new Error(`order failed: ${res.status} ${await res.text()}`);
  const licenseKey = await db.licenseKey.findFirstOrThrow({ where: { organizationId: ctx.org.id, customerId: customer.id } });
  return { ...ctx, benefit, product, customer, licenseKey };
}

/** A key written directly, with the status and expiry the test needs. */
export async function licenseKeyRow(
  organizationId: string,
  options: { status?: LicenseKeyStatus; expiresAt?: Date | null } = {},
) {
  const benefit = await createLicenseKeysBenefit(organizationId);
  const customer = await createTestCustomer(organizationId);
  const key = generateLicenseKey("TEST");
  return db.licenseKey.create({
    data: {
      organizationId,
      customerId: customer.id,
      benefitId: benefit.id,
      key,
      displayKey: displayLicenseKey(key),
      status: options.status ?? "granted",
      expiresAt: options.expiresAt ?? null,
    },
  });
}

export function addActivation(licenseKeyId: string, label = "laptop") {
  return db.licenseKeyActivation.create({ data: { licenseKeyId, label, conditions: {}, meta: {} } });
}

/**
 * The JWKS route is rate limited per client IP, and every test calls from 127.0.0.1: a made-up
 * address per call site (TEST-NET-3) keeps these tests out of other files' buckets and theirs out of ours.
 */
export function publicHeaders(): Record<string, string> {
  const b = randomBytes(2);
  return { "x-forwarded-for": `203.0.${b[0]}.${b[1]}` };
}

export const jwksUrl = (organizationId: string) => new URL(`${baseUrl()}/v1/organizations/${organizationId}/jwks.json`);

export const fetchJwks = (organizationId: string) => fetch(jwksUrl(organizationId), { headers: publicHeaders() });

/** What an app does: fetch the organization's published keys from the running app. */
export const remoteJwks = (organizationId: string) => createRemoteJWKSet(jwksUrl(organizationId), { headers: publicHeaders() });
