import { expect, test } from "vitest";
import { safeCallbackPath, signInInput } from "./sign-in-input";

test("safeCallbackPath keeps same-site paths and drops everything else", () => {
  expect(safeCallbackPath("/dashboard/acme/settings")).toBe("/dashboard/acme/settings");
  expect(safeCallbackPath("https://evil.example/")).toBe("/dashboard");
  expect(safeCallbackPath("//evil.example/")).toBe("/dashboard");
  expect(safeCallbackPath("/\\evil.example/")).toBe("/dashboard");
  expect(safeCallbackPath(undefined)).toBe("/dashboard");
  expect(safeCallbackPath(["/a"])).toBe("/dashboard");
});

test("signInInput normalises the email and only requires a password", () => {
  expect(signInInput.parse({ email: " Ada@Example.COM ", password: "x" })).toEqual({ email: "ada@example.com", password: "x" });
  expect(signInInput.safeParse({ email: "ada@example.com", password: "" }).error?.issues[0].message).toBe("Enter your password");
});
