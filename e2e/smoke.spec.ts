// Smoke test: the built app answers, Auth.js is wired, and the sign-in page renders.
import { expect, test } from "@playwright/test";

test("GET /api/auth/csrf returns a CSRF token as JSON", async ({ request }) => {
  const res = await request.get("/api/auth/csrf");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(typeof body.csrfToken).toBe("string");
  expect(body.csrfToken.length).toBeGreaterThan(10);
});

test("the sign-in page renders its heading", async ({ page }) => {
  const res = await page.goto("/sign-in");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: /sign in/i }).first()).toBeVisible();
});
