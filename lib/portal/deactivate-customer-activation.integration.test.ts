import { describe, expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { deactivateCustomerActivation } from "@/lib/portal/deactivate-customer-activation";
import { createBuyer, createPortalShop } from "@/test/portal-fixtures";

const activate = (licenseKeyId: string, label: string) => db.licenseKeyActivation.create({ data: { licenseKeyId, label }, select: { id: true } });

describe("deactivateCustomerActivation (the portal's Deactivate)", () => {
  test("frees the activation of the customer's own key", async () => {
    const shop = await createPortalShop();
    const a = await createBuyer(shop);
    const laptop = await activate(a.key.id, "Laptop");
    const desktop = await activate(a.key.id, "Desktop");
    await deactivateCustomerActivation(db, { customerId: a.customer.id, organizationId: shop.org.id }, { licenseKeyId: a.key.id, activationId: laptop.id });
    expect(await db.licenseKeyActivation.findMany({ where: { licenseKeyId: a.key.id }, select: { id: true } })).toEqual([desktop]);
  });

  test("another customer's key is a 404, and its activation stays", async () => {
    const shop = await createPortalShop();
    const a = await createBuyer(shop);
    const b = await createBuyer(shop);
    const theirs = await activate(b.key.id, "Bob's laptop");
    const attempt = deactivateCustomerActivation(db, { customerId: a.customer.id, organizationId: shop.org.id }, { licenseKeyId: b.key.id, activationId: theirs.id });
    await expect(attempt).rejects.toMatchObject({ status: 404, detail: "License key not found" });
    // Naming one's own key with someone else's activation is refused by the license API's check.
    const mixed = deactivateCustomerActivation(db, { customerId: a.customer.id, organizationId: shop.org.id }, { licenseKeyId: a.key.id, activationId: theirs.id });
    await expect(mixed).rejects.toMatchObject({ status: 404, machineCode: "activation_not_found" });
    expect(await db.licenseKeyActivation.count({ where: { id: theirs.id } })).toBe(1);
  });

  test("refused (403) when the merchant keeps activations to themselves", async () => {
    const shop = await createPortalShop({ enableCustomerAdmin: false });
    const a = await createBuyer(shop);
    const laptop = await activate(a.key.id, "Laptop");
    const attempt = deactivateCustomerActivation(db, { customerId: a.customer.id, organizationId: shop.org.id }, { licenseKeyId: a.key.id, activationId: laptop.id });
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({ status: 403, detail: "Activations of this key are managed by the merchant" });
    expect(await db.licenseKeyActivation.count({ where: { id: laptop.id } })).toBe(1);
  });
});
