// Small helpers shared by the Playwright specs. Each spec makes its own user and organization
// with random names; nothing depends on seed data.
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const TEST_PASSWORD = "correct horse battery staple";

/** A random suffix, safe in emails, slugs and names. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** An email address no other test (or earlier run) has used. */
export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${uniqueSuffix()}@example.test`;
}

export type Credentials = { email: string; password: string; name?: string };

/** Fills and submits the sign-up form at /sign-up as a person would; waits until it has left the page. */
export async function signUp(page: Page, { email, password, name }: Credentials): Promise<void> {
  await page.goto("/sign-up");
  if (name !== undefined) await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-up(\?|$)/);
}

/** Fills and submits the sign-in form at /sign-in; waits until it has left the page. */
export async function signIn(page: Page, { email, password }: Credentials): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
}

/** Signs up a fresh user with a unique email and returns its credentials. */
export async function signUpFreshUser(page: Page, name = "E2E Merchant"): Promise<Required<Credentials>> {
  const user = { email: uniqueEmail(), password: TEST_PASSWORD, name };
  await signUp(page, user);
  return user;
}

/** Creates an organization from /dashboard/new and waits for its dashboard. */
export async function createOrganization(page: Page, { name, slug }: { name: string; slug: string }): Promise<void> {
  await page.goto("/dashboard/new");
  await page.getByLabel("Organization name", { exact: true }).fill(name);
  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByRole("button", { name: "Create organization", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${slug}(/|$)`));
}

/** A fresh merchant with their own organization, signed in on `page`: the usual start of a spec. */
export async function signUpMerchant(page: Page): Promise<Required<Credentials> & { orgSlug: string }> {
  const user = await signUpFreshUser(page);
  const orgSlug = `e2e-${uniqueSuffix()}`;
  await createOrganization(page, { name: `E2E Store ${orgSlug}`, slug: orgSlug });
  return { ...user, orgSlug };
}

/** On a customer's page: "Record test purchase" of the product whose name matches `product`. */
export async function recordTestPurchase(page: Page, product: string): Promise<void> {
  await page.getByRole("button", { name: "Record test purchase" }).click();
  await page.getByLabel("Product", { exact: true }).click();
  await page.getByRole("option", { name: new RegExp(product) }).click();
  await page.getByRole("button", { name: "Record purchase" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
}

/** An organization access token, created in Settings → API tokens as a merchant would. */
export async function createApiToken(page: Page, base: string, name: string): Promise<string> {
  await page.goto(`${base}/settings/tokens`);
  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByRole("button", { name: "Create token" }).click();
  const token = (await dialog.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^bfr_oat_/);
  await dialog.getByRole("button", { name: "Done" }).click();
  return token;
}
