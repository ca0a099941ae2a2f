import { expect, test } from "vitest";
import { meterCreditProperties } from "./properties";

const meter_id = "0193a000-0000-7000-8000-000000000001";

test("units, or the seed's credits, with rollover off by default", () => {
  expect(meterCreditProperties.parse({ meter_id, units: 10 })).toEqual({ meter_id, units: 10, rollover: false });
  expect(meterCreditProperties.parse({ meter_id, credits: 10000 })).toEqual({ meter_id, units: 10000, rollover: false });
});

test("refuses missing units, disagreeing credits and a bad meter id", () => {
  expect(meterCreditProperties.safeParse({ meter_id }).error?.issues[0].path).toEqual(["units"]);
  expect(meterCreditProperties.safeParse({ meter_id, units: 1, credits: 2 }).error?.issues[0].path).toEqual(["credits"]);
  expect(meterCreditProperties.safeParse({ meter_id: "meter_xxx", units: 1 }).error?.issues[0].path).toEqual(["meter_id"]);
});
