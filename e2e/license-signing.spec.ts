import { expect, test, type Page } from "@playwright/test";
import { signUpMerchant } from "./helpers";

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

type Jwks = { keys: { kid: string; kty: string; crv: string; x: string; alg: string; use: string }[] };

test("a merchant finds the JWKS and public key, and rotates the signing key", async ({ page }) => {
  const { orgSlug } = await signUpMerchant(page);
  await page.goto(`/dashboard/${orgSlug}/settings/license-signing`);
  await expect(page.getByRole("heading", { name: "License signing" })).toBeVisible();

  // The URL shown is the one that serves this organization's keys, and the key shown is in it.
  const jwksUrl = (await page.getByTestId("jwks-url").textContent()) ?? "";
  expect(jwksUrl).toMatch(/\/v1\/organizations\/[0-9a-f-]{36}\/jwks\.json$/);
  const firstKid = (await page.getByTestId("current-kid").textContent()) ?? "";
  const first = (await (await page.request.get(jwksUrl)).json()) as Jwks;
  expect(first.keys.map((k) => k.kid)).toEqual([firstKid]);
  expect(JSON.parse((await page.getByTestId("current-jwk").textContent()) ?? "")).toEqual(first.keys[0]);
  await expect(page.getByTestId("current-pem")).toContainText("-----BEGIN PUBLIC KEY-----");
  const orgId = jwksUrl.split("/").at(-2);
  await expect(page.getByTestId("token-issuer")).toHaveText(`benefactor:${orgId}`);
  await expect(page.getByTestId("signing-key-row")).toHaveCount(1);
  await shot(page, "license-signing.png");

  // Cancelling changes nothing.
  await page.getByRole("button", { name: "Rotate signing key" }).click();
  await expect(page.getByRole("dialog", { name: "Rotate the signing key?" })).toBeVisible();
  await shot(page, "license-signing-rotate-confirm.png");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("signing-key-row")).toHaveCount(1);

  await page.getByRole("button", { name: "Rotate signing key" }).click();
  await page.getByRole("button", { name: "Rotate key", exact: true }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByTestId("signing-key-row")).toHaveCount(2);
  await expect(page.getByTestId("current-kid")).not.toHaveText(firstKid);
  const newKid = (await page.getByTestId("current-kid").textContent()) ?? "";
  await expect(page.getByTestId("signing-key-row").first()).toContainText("Signing");
  await expect(page.getByTestId("signing-key-row").nth(1)).toContainText(firstKid);
  await expect(page.getByTestId("signing-key-row").nth(1)).toContainText("Verify only");

  const after = (await (await page.request.get(jwksUrl)).json()) as Jwks;
  expect(after.keys.map((k) => k.kid)).toEqual([newKid, firstKid]);
  await shot(page, "license-signing-rotated.png");
});
