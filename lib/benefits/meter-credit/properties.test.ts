import { expect, test } from "vitest";
import { meterCreditProperties, serializeMeterCreditProperties } from "./properties";

const meter_id = "0193a000-0000-7000-8000-000000000001";

test("units, or the seed's credits, with rollover off and no threshold by default", () => {
  expect(meterCreditProperties.parse({ meter_id, units: 10 })).toEqual({ meter_id, units: 10, rollover: false, low_balance_threshold: null });
  expect(meterCreditProperties.parse({ meter_id, credits: 10000 })).toEqual({ meter_id, units: 10000, rollover: false, low_balance_threshold: null });
  expect(meterCreditProperties.parse({ meter_id, units: 10, rollover: true, low_balance_threshold: 0 })).toEqual({
    meter_id,
    units: 10,
    rollover: true,
    low_balance_threshold: 0,
  });
});

test("refuses missing units, disagreeing credits, a bad meter id and a negative threshold", () => {
  expect(meterCreditProperties.safeParse({ meter_id }).error?.issues[0].path).toEqual(["units"]);
  expect(meterCreditProperties.safeParse({ meter_id, units: 1, credits: 2 }).error?.issues[0].path).toEqual(["credits"]);
  expect(meterCreditProperties.safeParse({ meter_id: "meter_xxx", units: 1 }).error?.issues[0].path).toEqual(["meter_id"]);
  expect(meterCreditProperties.safeParse({ meter_id, units: 1, low_balance_threshold: -1 }).error?.issues[0].path).toEqual([
    "low_balance_threshold",
  ]);
});

test("properties stored before the threshold existed serialize with a null threshold", () => {
  const stored = { meter_id, units: 5, rollover: false } as Parameters<typeof serializeMeterCreditProperties>[0];
  expect(serializeMeterCreditProperties(stored)).toEqual({ meter_id, units: 5, rollover: false, low_balance_threshold: null });
});
