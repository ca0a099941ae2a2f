import { expect, test } from "vitest";
import { slugify, slugSchema } from "./slug";

test("slugify makes a URL-safe slug from a name", () => {
  expect(slugify("Acme Inc.")).toBe("acme-inc");
  expect(slugify("  Ünïcode — Store  ")).toBe("unicode-store");
});

test("slugSchema refuses what cannot be a slug", () => {
  expect(slugSchema.safeParse("ab").success).toBe(false);
  expect(slugSchema.safeParse("has space").success).toBe(false);
  expect(slugSchema.safeParse("double--dash").success).toBe(false);
  expect(slugSchema.parse("Acme-2")).toBe("acme-2");
});

test("slugSchema refuses reserved slugs that would shadow dashboard pages", () => {
  expect(slugSchema.safeParse("new").error?.issues[0].message).toBe("This slug is reserved; pick another");
  expect(slugSchema.safeParse("newt").success).toBe(true);
});
