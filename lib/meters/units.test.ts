import { expect, test } from "vitest";
import { fromMicros, microsToNumber, toMicros } from "./units";

test("decimal strings, numbers and Decimal-likes become exact millionths and back", () => {
  expect(toMicros("12.5")).toBe(12_500_000n);
  expect(toMicros("-0.000001")).toBe(-1n);
  expect(toMicros(100)).toBe(100_000_000n);
  expect(toMicros(2.5)).toBe(2_500_000n);
  expect(toMicros({ toFixed: () => "123456789012345678.123456" })).toBe(123456789012345678123456n);
  expect(fromMicros(-12_500_000n)).toBe("-12.500000");
  expect(fromMicros(1n)).toBe("0.000001");
  expect(microsToNumber(toMicros("0.1") + toMicros("0.2"))).toBe(0.3);
  expect(() => toMicros("1e5")).toThrow("not a decimal");
});
