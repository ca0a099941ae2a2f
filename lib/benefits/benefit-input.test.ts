import { expect, test } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { createBenefitBody, effectiveType, parseProperties } from "./benefit-input";

test("the seed's `downloadable` type is Polar's `downloadables`", () => {
  expect(createBenefitBody.parse({ type: "downloadable", description: "Templates", properties: {} }).type).toBe("downloadables");
});

test("an unknown type lists the valid ones", () => {
  const result = createBenefitBody.safeParse({ type: "coupon", description: "abc" });
  expect(result.error?.issues[0]).toMatchObject({ path: ["type"], message: expect.stringContaining("license_keys") });
});

test("a custom benefit carrying meter_id is the seed's meter credits", () => {
  expect(effectiveType("custom", { meter_id: "m", credits: 1 })).toBe("meter_credit");
  expect(effectiveType("custom", { note: "hi" })).toBe("custom");
});

test("property errors are located under body.properties", () => {
  try {
    parseProperties("license_keys", { activations: 0 });
    expect.unreachable();
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).detail).toEqual([
      { loc: ["body", "properties", "activations"], msg: expect.any(String), type: expect.any(String) },
    ]);
  }
});
