import { createPolar } from "@polar-sh/sdk/2026-10";
import { expect, test } from "@playwright/test";
import { signUpMerchant } from "./helpers";

test("an API token created in the dashboard works with the Polar SDK until it is revoked", async ({ page, baseURL }) => {
  const { orgSlug } = await signUpMerchant(page);
  await page.goto(`/dashboard/${orgSlug}/settings/tokens`);
  await expect(page.getByText("No API tokens yet", { exact: false })).toBeVisible();

  await page.getByRole("button", { name: "Create token" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name", { exact: true }).fill("Billing system");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const token = (await dialog.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^bfr_oat_/);
  await page.screenshot({ path: test.info().outputPath("token-shown-once.png") });
  await dialog.getByRole("button", { name: "Done" }).click();

  // The list shows the token by name and its last characters, never the whole value.
  const row = page.getByRole("row", { name: /Billing system/ });
  await expect(row).toContainText(token.slice(-4));
  await expect(page.getByText(token)).toHaveCount(0);

  // The merchant's code, with the official SDK.
  const polar = createPolar({ baseUrl: baseURL!, accessToken: token });
  const created = await polar.benefits.create({
    type: "custom",
    description: "Made with a dashboard token",
    properties: { note: "Hello" },
  } as never);
  expect(created.organization_id).toBeTruthy();
  const listed = await polar.benefits.list({});
  expect(listed.items.map((b) => b.id)).toContain(created.id);

  await row.getByRole("button", { name: "Revoke Billing system" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  // Wait for the dialog to close: while it is open, the page behind it is hidden from roles.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText("Token revoked", { exact: true })).toBeVisible();
  await expect(page.getByRole("row", { name: /Billing system/ })).toHaveCount(0);
  await expect(polar.benefits.list({})).rejects.toMatchObject({ statusCode: 401 });
});
