import { describe, expect, test } from "vitest";
import { aDate, anId, validation } from "@/lib/purchases/purchase-test-support";
import { createTestCustomer, createTestOrg } from "@/test/factories";
import { meterBody, send } from "@/test/meter-fixtures";

const nameIs = (value: string) => ({ conjunction: "and" as const, clauses: [{ property: "name", operator: "eq" as const, value }] });

describe("meters API", () => {
  test("creates, lists, gets and updates meters in Polar's shape, through the SDK", async () => {
    const { org, polar } = await createTestOrg();
    const filter = {
      conjunction: "and" as const,
      clauses: [
        { property: "name", operator: "eq" as const, value: "tokens" },
        { conjunction: "or" as const, clauses: [{ property: "metadata.model", operator: "like" as const, value: "gpt" }] },
      ],
    };
    const meter = await polar.meters.create({ name: "LLM tokens", filter, aggregation: { func: "sum", property: "metadata.tokens" }, metadata: { team: "ai" } });
    expect(meter).toEqual({
      id: anId,
      created_at: aDate,
      modified_at: aDate,
      organization_id: org.id,
      name: "LLM tokens",
      filter,
      aggregation: { func: "sum", property: "metadata.tokens" },
      metadata: { team: "ai" },
      unit: "scalar",
      custom_label: null,
      custom_multiplier: null,
      archived_at: null,
    });
    expect(await polar.meters.get(meter.id)).toEqual(meter);

    const counted = await polar.meters.create({ name: "Another", filter: nameIs("x"), aggregation: {} as { func: "count" } });
    expect(counted.aggregation).toEqual({ func: "count" });
    // Sorted by name by default, like Polar.
    const list = await polar.meters.list({});
    expect(list.items.map((m) => m.name)).toEqual(["Another", "LLM tokens"]);
    expect(list.pagination).toEqual({ total_count: 2, max_page: 1 });
    expect((await polar.meters.list({ query: "llm" })).items.map((m) => m.id)).toEqual([meter.id]);

    const updated = await polar.meters.update(meter.id, { name: "Tokens", aggregation: { func: "max", property: "metadata.tokens" }, is_archived: true });
    expect(updated).toMatchObject({ name: "Tokens", aggregation: { func: "max", property: "metadata.tokens" }, filter, archived_at: aDate });
    expect((await polar.meters.list({ is_archived: false })).items.map((m) => m.id)).toEqual([counted.id]);
    const unarchived = await polar.meters.update(meter.id, { is_archived: false });
    expect(unarchived.archived_at).toBeNull();
  });

  test("refuses what a running aggregate cannot keep (min, avg, unique) and malformed filters, field by field", async () => {
    const { token } = await createTestOrg();
    const cases: [Record<string, unknown>, ReturnType<typeof validation>][] = [
      [meterBody("e", { func: "min", property: "metadata.n" }), validation([["body", "aggregation", "func"], '"min" is not supported: use count, sum or max', "custom"])],
      [meterBody("e", { func: "avg", property: "metadata.n" }), validation([["body", "aggregation", "func"], '"avg" is not supported: use count, sum or max', "custom"])],
      [meterBody("e", { func: "unique", property: "metadata.n" }), validation([["body", "aggregation", "func"], '"unique" is not supported: use count, sum or max', "custom"])],
      [meterBody("e", { func: "sum" }), validation([["body", "aggregation", "property"], "Field required", "missing"])],
      [meterBody("e", { func: "sum", property: "tokens" }), validation([["body", "aggregation", "property"], 'sum needs a numeric field: "metadata.<key>"', "custom"])],
      [
        { ...meterBody("e"), filter: { conjunction: "and", clauses: [{ property: "timestamp", operator: "gt", value: 1 }, { property: "name", operator: "regex", value: "a" }] } },
        validation(
          [["body", "filter", "clauses", 0, "property"], "Filter on `name` or on `metadata.<key>`", "custom"],
          [["body", "filter", "clauses", 1, "operator"], 'Invalid option: expected one of "eq"|"ne"|"gt"|"gte"|"lt"|"lte"|"like"|"not_like"', "invalid_value"],
        ),
      ],
      [{ ...meterBody("e"), filter: { conjunction: "xor", clauses: [] } }, validation([["body", "filter", "conjunction"], 'Invalid option: expected one of "and"|"or"', "invalid_value"])],
      [{ ...meterBody("e"), name: " " }, validation([["body", "name"], "Name is required", "too_small"])],
      [{ ...meterBody("e"), unit: "custom" }, validation([["body", "custom_label"], "Required when unit is custom", "custom"])],
      [{ filter: nameIs("e"), aggregation: { func: "count" } }, validation([["body", "name"], "Field required", "missing"])],
    ];
    for (const [body, expected] of cases) {
      const [status, error] = await send(token, "POST", "/v1/meters/", body);
      expect([status, error], JSON.stringify(body)).toEqual([422, expected]);
    }
    const nested = { conjunction: "and", clauses: [{ conjunction: "or", clauses: [{ conjunction: "and", clauses: [{ conjunction: "and", clauses: [] }] }] }] };
    const [status, error] = await send(token, "POST", "/v1/meters/", { ...meterBody("e"), filter: nested });
    expect([status, error]).toEqual([422, validation([["body", "filter", "clauses", 0, "clauses", 0, "clauses", 0], "Filters nest at most 3 levels deep", "custom"])]);
  });

  test("negatives: no token 401, another organization's meter 404, bad input 422", async () => {
    const { token } = await createTestOrg();
    const other = await createTestOrg();
    const [, theirs] = await send(other.token, "POST", "/v1/meters/", meterBody("theirs"));
    const theirId = theirs.id as string;

    for (const [method, path] of [
      ["GET", "/v1/meters/"],
      ["POST", "/v1/meters/"],
      ["GET", `/v1/meters/${theirId}`],
      ["PATCH", `/v1/meters/${theirId}`],
      ["POST", `/v1/meters/${theirId}/credits`],
    ] as const) {
      const [status, body] = await send(undefined, method, path, method === "GET" ? undefined : {});
      expect([status, body], `${method} ${path}`).toEqual([401, { error: "Unauthorized", detail: "Missing or invalid access token" }]);
    }
    const notFound = [404, { error: "ResourceNotFound", detail: "Meter not found" }];
    expect(await send(token, "GET", `/v1/meters/${theirId}`)).toEqual(notFound);
    expect(await send(token, "PATCH", `/v1/meters/${theirId}`, { name: "Mine now" })).toEqual(notFound);
    expect(await send(token, "GET", "/v1/meters/not-a-uuid")).toEqual(notFound);
    const customer = await createTestCustomer(other.org.id);
    expect(await send(token, "POST", `/v1/meters/${theirId}/credits`, { customer_id: customer.id, units: 5 })).toEqual(notFound);
    expect((await send(token, "GET", "/v1/meters/")).at(1)).toMatchObject({ items: [], pagination: { total_count: 0, max_page: 0 } });

    expect(await send(other.token, "PATCH", `/v1/meters/${theirId}`, { aggregation: { func: "avg", property: "metadata.x" } })).toEqual([
      422,
      validation([["body", "aggregation", "func"], '"avg" is not supported: use count, sum or max', "custom"]),
    ]);
    expect(await send(token, "GET", "/v1/meters/?sorting=size")).toEqual([
      422,
      validation([["query", "sorting", 0], 'Invalid option: expected one of "created_at"|"-created_at"|"name"|"-name"', "invalid_value"]),
    ]);
    expect(await send(token, "POST", "/v1/meters/", { ...meterBody("x"), organization_id: other.org.id })).toEqual([
      422,
      validation([["body", "organization_id"], "Does not match the organization of your access token"]),
    ]);
  });
});
