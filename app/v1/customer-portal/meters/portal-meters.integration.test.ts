import { createPolar } from "@polar-sh/sdk/2026-10";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { createOrder } from "@/lib/purchases/create-order";
import { createOrderBody } from "@/lib/purchases/order-input";
import { aDate, anId, validation } from "@/lib/purchases/purchase-test-support";
import { baseUrl, createTestCustomer } from "@/test/factories";
import { createMeterWorld, ingest, send, usage } from "@/test/meter-fixtures";
import { sessionToken } from "@/test/portal-fixtures";

describe("GET /v1/customer-portal/meters/", () => {
  test("the signed-in customer sees their own balances in Polar's CustomerCustomerMeter shape, and no one else's", async () => {
    const world = await createMeterWorld({ units: 100, threshold: 50 });
    await createOrder(db, world.org.id, createOrderBody.parse({ product_id: world.products.oneTime.id, customer_id: world.customer.id }));
    await ingest(world, usage(world, 60));
    const neighbour = await createTestCustomer(world.org.id);
    await createOrder(db, world.org.id, createOrderBody.parse({ product_id: world.products.oneTime.id, customer_id: neighbour.id }));

    const token = await sessionToken(world.token, world.customer.id);
    const portal = createPolar({ baseUrl: baseUrl(), accessToken: token });
    const page = await portal.customerPortal.customerMeters.list({});
    expect(page).toEqual({
      items: [
        {
          id: anId,
          created_at: aDate,
          modified_at: aDate,
          customer_id: world.customer.id,
          meter_id: world.meter.id,
          consumed_units: 60,
          credited_units: 100,
          balance: 40,
          overage_units: 0,
          low_balance_threshold: 50,
          is_low_balance: true,
          meter: { id: world.meter.id, name: world.meter.name, created_at: aDate, modified_at: aDate },
        },
      ],
      pagination: { total_count: 1, max_page: 1 },
    });
    const mine = page.items[0];
    expect(await portal.customerPortal.customerMeters.get(mine.id)).toEqual(mine);
    expect((await portal.customerPortal.customerMeters.list({ query: "no such meter" })).items).toEqual([]);

    // The neighbour's balance on the same meter is a 404 to this customer.
    const theirs = await db.customerMeter.findFirstOrThrow({ where: { customerId: neighbour.id } });
    expect(await send(token, "GET", `/v1/customer-portal/meters/${theirs.id}`)).toEqual([404, { error: "ResourceNotFound", detail: "Customer meter not found" }]);
    // A merchant token is not a customer session.
    expect(await send(world.token, "GET", "/v1/customer-portal/meters/")).toEqual([
      401,
      { error: "Unauthorized", detail: "Invalid or expired customer session token" },
    ]);
    expect(await send(undefined, "GET", "/v1/customer-portal/meters/")).toEqual([
      401,
      { error: "Unauthorized", detail: "A customer session token is required" },
    ]);
    expect(await send(token, "GET", "/v1/customer-portal/meters/?meter_id=x&limit=0")).toEqual([
      422,
      validation([["query", "limit"], "Too small: expected number to be >=1", "too_small"], [["query", "meter_id", 0], "Invalid UUID", "invalid_format"]),
    ]);
  });
});
