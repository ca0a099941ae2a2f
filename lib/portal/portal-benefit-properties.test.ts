import { describe, expect, test } from "vitest";
import { canCustomersManageActivations, subscriberProperties } from "./portal-benefit-properties";

describe("subscriberProperties", () => {
  test("shows customers Polar's subscriber view of each type, and nothing else stored on the benefit", () => {
    const licenseKeys = {
      prefix: "APP",
      expires: { ttl: 1, timeframe: "year" },
      activations: { limit: 3, enable_customer_admin: true },
      limit_usage: 100,
    };
    expect(subscriberProperties("license_keys", licenseKeys)).toEqual(licenseKeys);
    expect(subscriberProperties("custom", { note: "Hi", secret: "x" })).toEqual({ note: "Hi" });
    expect(
      subscriberProperties("github_repository", { repositories: [{ owner: "acme", name: "app", permission: "admin" }, { owner: "acme", name: "b" }] }),
    ).toEqual({ repository_owner: "acme", repository_name: "app" });
    expect(subscriberProperties("discord", { guild_id: "123", roles: [{ role_id: "9" }], kick_member: true })).toEqual({ guild_id: "123" });
    expect(subscriberProperties("downloadables", { files: ["f1", "f2", "f3"], archived: { f2: true, f3: false } })).toEqual({ active_files: ["f1", "f3"] });
    expect(subscriberProperties("meter_credit", { meter_id: "m", units: 50, rollover: true })).toEqual({ meter_id: "m", units: 50, rollover: true });
  });

  test("an odd stored value degrades to defaults instead of failing the page", () => {
    expect(subscriberProperties("license_keys", { prefix: 5, expires: "soon", activations: { limit: "x" }, limit_usage: "many" })).toEqual({
      prefix: null,
      expires: null,
      activations: null,
      limit_usage: null,
    });
    expect(subscriberProperties("license_keys", null)).toEqual({ prefix: null, expires: null, activations: null, limit_usage: null });
    expect(subscriberProperties("custom", ["not", "an", "object"])).toEqual({ note: null });
    expect(subscriberProperties("downloadables", { files: "f1" })).toEqual({ active_files: [] });
    expect(subscriberProperties("github_repository", {})).toEqual({ repository_owner: "", repository_name: "" });
  });
});

describe("canCustomersManageActivations", () => {
  test("only when the benefit has activations with enable_customer_admin set", () => {
    expect(canCustomersManageActivations({ activations: { limit: 2, enable_customer_admin: true } })).toBe(true);
    expect(canCustomersManageActivations({ activations: { limit: 2, enable_customer_admin: false } })).toBe(false);
    expect(canCustomersManageActivations({ activations: null })).toBe(false);
    expect(canCustomersManageActivations({})).toBe(false);
  });
});
