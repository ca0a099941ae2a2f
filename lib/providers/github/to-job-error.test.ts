import { describe, expect, test } from "vitest";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { toJobError } from "./to-job-error";

function httpError(status: number, message: string, headers: Record<string, string> = {}, data: unknown = {}) {
  return Object.assign(new Error(message), { name: "HttpError", status, response: { headers, data } });
}

describe("toJobError", () => {
  test("rate limits are retryable with GitHub's wait", () => {
    const secondary = toJobError(httpError(403, "You have exceeded a secondary rate limit", { "retry-after": "30" }), "acme/app");
    expect(secondary).toBeInstanceOf(RetryableJobError);
    expect((secondary as RetryableJobError).retryAfterMs).toBe(30_000);
    const reset = String(Math.ceil(Date.now() / 1000) + 60);
    const primary = toJobError(httpError(403, "API rate limit exceeded", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }), "acme/app") as RetryableJobError;
    expect(primary).toBeInstanceOf(RetryableJobError);
    expect(primary.retryAfterMs).toBeGreaterThan(55_000);
    expect(toJobError(httpError(429, "Too many"), "acme/app")).toBeInstanceOf(RetryableJobError);
  });

  test("5xx and unreachable GitHub are retryable", () => {
    expect(toJobError(httpError(502, "Bad gateway"), "acme/app")).toBeInstanceOf(RetryableJobError);
    expect(toJobError(new Error("GitHub did not answer in time"), "acme/app")).toBeInstanceOf(RetryableJobError);
  });

  test.each([
    [401, "Bad credentials", {}, /reconnect GitHub/],
    [403, "Resource not accessible by integration", {}, /cannot administer acme\/app .*administration access/],
    [404, "Not Found", {}, /404 for acme\/app: the repository was deleted or renamed, or Benefactor lost access/],
    [422, "Validation Failed", { errors: [{ message: "You have reached the limit of 50 invitations for this repository in the last 24 hours" }] }, /invitation limit for acme\/app/],
    [422, "Validation Failed", { errors: [{ message: "Repository owner cannot be a collaborator" }] }, /refused the request for acme\/app: Validation Failed — Repository owner cannot be a collaborator/],
  ])("%i is permanent with what to fix", (status, message, data, expected) => {
    const err = toJobError(httpError(status, message, {}, data), "acme/app");
    expect(err).toBeInstanceOf(PermanentJobError);
    expect(err.message).toMatch(expected);
  });

  test("anything else passes through unchanged (a bug, for the engine to retry and log)", () => {
    const bug = new TypeError("x is undefined");
    expect(toJobError(bug, "acme/app")).toBe(bug);
  });
});
