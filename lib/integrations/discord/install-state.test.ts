import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createInstallState, readInstallState } from "./install-state";

describe("discord install state", () => {
  beforeEach(() => vi.stubEnv("AUTH_SECRET", "unit-test-secret"));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  test("round-trips the organization and merchant", () => {
    const state = createInstallState("org-1", "user-1");
    expect(readInstallState(state)).toMatchObject({ organizationId: "org-1", userId: "user-1" });
  });

  test("refuses a tampered payload, a foreign signature, garbage and an expired state", () => {
    const state = createInstallState("org-1", "user-1");
    const [payload, signature] = state.split(".");
    const forged = Buffer.from(JSON.stringify({ o: "org-2", u: "user-1", e: Date.now() + 60_000, n: "x" })).toString("base64url");
    expect(readInstallState(`${forged}.${signature}`)).toBeNull();
    expect(readInstallState(`${payload}.${signature.slice(1)}x`)).toBeNull();
    expect(readInstallState("garbage")).toBeNull();
    vi.stubEnv("AUTH_SECRET", "another-secret");
    expect(readInstallState(state)).toBeNull();
    vi.stubEnv("AUTH_SECRET", "unit-test-secret");
    vi.useFakeTimers();
    vi.setSystemTime(Date.now() + 16 * 60_000);
    expect(readInstallState(state)).toBeNull();
  });
});
