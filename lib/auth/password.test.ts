import { expect, test } from "vitest";
import { hashPassword, verifyPassword } from "./password";

test("hashes are salted and verify only the right password", async () => {
  const a = await hashPassword("correct horse");
  const b = await hashPassword("correct horse");
  expect(a).not.toBe(b);
  expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(await verifyPassword("correct horse", a)).toBe(true);
  expect(await verifyPassword("correct horsf", a)).toBe(false);
  expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
});
