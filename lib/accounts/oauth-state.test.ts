import { beforeAll, describe, expect, test } from "vitest";
import { createOAuthState, readOAuthState } from "./oauth-state";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "unit-test-secret";
});

const state = { customerId: "c1", organizationId: "o1", platform: "github" as const, returnTo: "/portal/shop/accounts" };

describe("OAuth state", () => {
  test("round-trips for the platform it was made for", () => {
    expect(readOAuthState(createOAuthState(state), "github")).toEqual(state);
  });

  test("refuses another platform, a tampered body, a forged signature and an expired state", () => {
    const value = createOAuthState(state);
    expect(readOAuthState(value, "discord")).toBeNull();
    const [body, mac] = value.split(".");
    const tampered = Buffer.from(Buffer.from(body, "base64url").toString().replace("c1", "c2")).toString("base64url");
    expect(readOAuthState(`${tampered}.${mac}`, "github")).toBeNull();
    expect(readOAuthState(`${body}.${"x".repeat(mac.length)}`, "github")).toBeNull();
    expect(readOAuthState("garbage", "github")).toBeNull();
    expect(readOAuthState(createOAuthState(state, Date.now() - 11 * 60 * 1000), "github")).toBeNull();
  });
});
