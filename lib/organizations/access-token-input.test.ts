import { expect, test } from "vitest";
import { createAccessTokenInput, tokenExpiresAt } from "./access-token-input";

test("tokenExpiresAt adds whole days, or never expires", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  expect(tokenExpiresAt("never", now)).toBeNull();
  expect(tokenExpiresAt("30", now)?.toISOString()).toBe("2026-01-31T12:00:00.000Z");
  expect(tokenExpiresAt("365", now)?.toISOString()).toBe("2027-01-01T12:00:00.000Z");
});

test("a token needs a name and a known expiry", () => {
  expect(createAccessTokenInput.safeParse({ name: "  ", expiresIn: "never" }).error?.issues[0]).toMatchObject({
    path: ["name"],
    message: "Give the token a name, e.g. where it is used",
  });
  expect(createAccessTokenInput.safeParse({ name: "CI", expiresIn: "7" }).error?.issues[0].path).toEqual(["expiresIn"]);
  expect(createAccessTokenInput.parse({ name: " Billing ", expiresIn: "90" })).toEqual({ name: "Billing", expiresIn: "90" });
});
