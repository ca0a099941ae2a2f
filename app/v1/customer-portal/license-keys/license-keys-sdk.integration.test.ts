import { PolarRateLimitError } from "@polar-sh/sdk";
import { createPolar, errors } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { api, baseUrl } from "@/test/factories";
import { createLicenseWorld, purchaseKey } from "@/test/license-key-fixtures";

// The SDK as a license-checking app uses it: no access token, so it sends `Bearer undefined`.
// (The option is typed as required; a JavaScript app simply leaves it out.)
const publicPolar = () => createPolar({ baseUrl: baseUrl(), accessToken: undefined as unknown as string });

/** What the seed's JavaScript sample reads off the response (`valid` is our addition to Polar's type). */
type SampleView = { valid?: unknown; status: string };

async function thrown(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to throw");
}

describe("@polar-sh/sdk against the license API, unchanged", () => {
  test("the seed's validateLicense(key) sample works as written against our response", async () => {
    const world = await createLicenseWorld();
    const { key } = await purchaseKey(world);
    const polar = { licenses: publicPolar().customerPortal.licenseKeys };

    // The seed's sample, with `polar.licenses.validate` being the SDK's customerPortal.licenseKeys.validate.
    async function validateLicense(k: string) {
      const result: SampleView = await polar.licenses.validate({ key: k, organization_id: world.org.id });
      return result.valid && result.status === "granted";
    }
    expect(await validateLicense(key)).toBe(true);

    // Refunded with revoke: the sample's call now throws the SDK's documented 404 class, with our code.
    const { order, key: refundedKey } = await purchaseKey(world);
    expect((await api(`/v1/orders/${order.id}/refund`, { method: "POST", token: world.token, json: { revoke_benefits: true } })).status).toBe(200);
    const err = await thrown(validateLicense(refundedKey));
    expect(err).toBeInstanceOf(errors.ResourceNotFound);
    expect((err as errors.ResourceNotFound).error).toEqual({ error: "ResourceNotFound", detail: "License key is no longer active: it was revoked", code: "revoked" });
  });

  test("customerPortal.licenseKeys.activate / validate / deactivate, and their error classes", async () => {
    const world = await createLicenseWorld({ activations: { limit: 1, enable_customer_admin: true }, limit_usage: 1 });
    const { key, licenseKey } = await purchaseKey(world);
    const sdk = publicPolar().customerPortal.licenseKeys;
    const organization_id = world.org.id;

    const activation = await sdk.activate({ key, organization_id, label: "laptop", conditions: { machine: "m-1" }, meta: { v: "1.2" } });
    expect(activation).toMatchObject({ license_key_id: licenseKey.id, label: "laptop", meta: { v: "1.2" }, license_key: { id: licenseKey.id, status: "granted" } });

    const validated = await sdk.validate({ key, organization_id, activation_id: activation.id, conditions: { machine: "m-1" }, increment_usage: 1 });
    expect(validated).toMatchObject({ valid: true, status: "granted", usage: 1, activation: { id: activation.id, label: "laptop" } });
    expect(validated.customer.email).toBeNull();

    const usage = await thrown(sdk.validate({ key, organization_id, increment_usage: 1 }));
    expect(usage).toBeInstanceOf(errors.BadRequest);
    expect((usage as errors.BadRequest).error).toMatchObject({ error: "BadRequest", code: "usage_limit_exceeded" });

    const limit = await thrown(sdk.activate({ key, organization_id, label: "desk", conditions: { machine: "m-2" } }));
    expect(limit).toBeInstanceOf(errors.NotPermitted);
    expect((limit as errors.NotPermitted).error).toMatchObject({ error: "NotPermitted", code: "activation_limit_reached" });

    const invalid = await thrown(sdk.validate({ key, organization_id, activation_id: "not-a-uuid" }));
    expect(invalid).toBeInstanceOf(errors.HTTPValidationError);

    expect(await sdk.deactivate({ key, organization_id, activation_id: activation.id })).toBeUndefined();
    const gone = await thrown(sdk.deactivate({ key, organization_id, activation_id: activation.id }));
    expect(gone).toBeInstanceOf(errors.ResourceNotFound);
    expect((gone as errors.ResourceNotFound).error).toMatchObject({ code: "activation_not_found" });
    expect(await db.licenseKeyActivation.count({ where: { licenseKeyId: licenseKey.id } })).toBe(0);
  });

  test("licenseKeys.validate / activate / deactivate with the organization token show the merchant view", async () => {
    const world = await createLicenseWorld({ activations: { limit: 2, enable_customer_admin: true } });
    const { key, licenseKey } = await purchaseKey(world);
    const sdk = world.polar.licenseKeys;
    const organization_id = world.org.id;

    const validated = await sdk.validate({ key, organization_id });
    expect(validated).toMatchObject({ valid: true, id: licenseKey.id, validations: 1 });
    // The merchant's own server may see the customer's details.
    expect(validated.customer).toMatchObject({ email: world.customer.email, tax_id: ["SECRET-TAX-42", null], billing_address: { line1: "1 Secret Street" } });

    const activation = await sdk.activate({ key, organization_id, label: "server" });
    expect(activation.license_key).toMatchObject({ id: licenseKey.id, customer: { email: world.customer.email } });
    expect(await sdk.deactivate({ key, organization_id, activation_id: activation.id })).toBeUndefined();

    // A key of another organization (or an organization id other than the token's) is not found.
    const other = await createLicenseWorld();
    const { key: otherKey } = await purchaseKey(other);
    for (const call of [sdk.validate({ key: otherKey, organization_id: other.org.id }), sdk.validate({ key: otherKey, organization_id })]) {
      const err = await thrown(call);
      expect(err).toBeInstanceOf(errors.ResourceNotFound);
      expect((err as errors.ResourceNotFound).error).toMatchObject({ code: "not_found" });
    }
  });

  test("repeated failures for one key are answered 429 with Retry-After, which the SDK reports as PolarRateLimitError", async () => {
    const world = await createLicenseWorld();
    const { key } = await purchaseKey(world);
    const sdk = publicPolar().customerPortal.licenseKeys;
    const wrongActivation = "0193a5b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b";

    let rateLimited: unknown;
    for (let i = 0; i < 20 && !rateLimited; i++) {
      const err = await thrown(sdk.validate({ key, organization_id: world.org.id, activation_id: wrongActivation }));
      if (err instanceof PolarRateLimitError) rateLimited = err;
      else expect(err).toBeInstanceOf(errors.ResourceNotFound);
    }
    expect(rateLimited).toBeInstanceOf(PolarRateLimitError);
    expect((rateLimited as PolarRateLimitError).retryAfter).toBeGreaterThan(0);
    // The key itself is now slowed down, even for a check that would succeed...
    expect(await thrown(sdk.validate({ key, organization_id: world.org.id }))).toBeInstanceOf(PolarRateLimitError);
    // ...while other keys are not.
    const { key: fresh } = await purchaseKey(world);
    const freshResult: SampleView = await sdk.validate({ key: fresh, organization_id: world.org.id });
    expect(freshResult.valid).toBe(true);
  });
});
