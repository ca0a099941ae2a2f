import { describe, expect, test } from "vitest";
import { isInngestConfigured } from "./is-inngest-configured";

describe("isInngestConfigured", () => {
  test("nothing set: the in-process runner", () => {
    expect(isInngestConfigured({})).toBe(false);
    expect(isInngestConfigured({ INNGEST_DEV: "" })).toBe(false);
  });

  test("a dev server, by flag or URL", () => {
    expect(isInngestConfigured({ INNGEST_DEV: "1" })).toBe(true);
    expect(isInngestConfigured({ INNGEST_DEV: "http://localhost:8288" })).toBe(true);
  });

  test("INNGEST_DEV=0 forces cloud mode: configured only with keys", () => {
    expect(isInngestConfigured({ INNGEST_DEV: "0" })).toBe(false);
    expect(isInngestConfigured({ INNGEST_DEV: "false" })).toBe(false);
    expect(isInngestConfigured({ INNGEST_DEV: "0", INNGEST_SIGNING_KEY: "signkey-prod-x" })).toBe(true);
  });

  test("either cloud key", () => {
    expect(isInngestConfigured({ INNGEST_EVENT_KEY: "k" })).toBe(true);
    expect(isInngestConfigured({ INNGEST_SIGNING_KEY: "signkey-prod-x" })).toBe(true);
  });
});
