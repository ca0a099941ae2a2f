import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { TEST_DATABASE_URL } from "../test/test-env";
import { recordTestPurchase, signUpMerchant, uniqueEmail, uniqueSuffix } from "./helpers";

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function createLicenseKeysBenefit(page: Page, base: string, description: string) {
  await page.goto(`${base}/benefits/new`);
  await page.getByRole("list", { name: "Benefit types" }).getByRole("link", { name: /^License keys/ }).click();
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByLabel("Key prefix", { exact: true }).fill("app");
  await page.getByLabel("Activation limit", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/benefits$`));
}

async function createProduct(page: Page, base: string, name: string, benefit: string) {
  await page.goto(`${base}/products/new`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Price", { exact: true }).fill("49");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/products/[0-9a-f-]{36}$`));
  await page.getByLabel("Attach benefit", { exact: true }).click();
  await page.getByRole("option", { name: new RegExp(benefit) }).click();
  await page.getByRole("button", { name: "Attach", exact: true }).click();
  await expect(page.getByRole("list", { name: "Attached benefits, in grant order" }).getByRole("link", { name: benefit })).toBeVisible();
}

/** A customer created on the customers page, then a test purchase of `product` from their page. */
async function buyAsNewCustomer(page: Page, base: string, product: string): Promise<string> {
  await page.goto(`${base}/customers`);
  await page.getByRole("button", { name: "New customer" }).click();
  const email = uniqueEmail("buyer");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/customers/[0-9a-f-]{36}$`));
  await recordTestPurchase(page, product);
  return email;
}

/**
 * Activates the key the way a customer's app does, through the public license API. Until that
 * endpoint exists in this build (another part of the work), the activation row is written to the
 * test database directly and the test says so in its annotations.
 */
async function activate(page: Page, key: string, organizationId: string, licenseKeyId: string, label: string) {
  const res = await page.request.post("/v1/customer-portal/license-keys/activate", { data: { key, organization_id: organizationId, label } });
  const isJson = (res.headers()["content-type"] ?? "").includes("application/json");
  if (res.status() !== 404 || isJson) {
    expect(res.status(), await res.text()).toBe(200);
    return;
  }
  test.info().annotations.push({ type: "note", description: "public activate endpoint missing: activation inserted into the database" });
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO license_key_activations (id, license_key_id, label, meta, modified_at) VALUES (gen_random_uuid(), $1, $2, '{"os":"linux"}', now())`,
      [licenseKeyId, label],
    );
  } finally {
    await client.end();
  }
}

test.describe.configure({ timeout: 120_000 });

test("a purchase's key in the dashboard: reveal, rotate, disable, free an activation, edit limits; then import a key", async ({ page }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;
  await createLicenseKeysBenefit(page, base, "App license");
  await createProduct(page, base, "App Lifetime", "App license");
  const email = await buyAsNewCustomer(page, base, "App Lifetime");

  // The sidebar leads to the list; the key is there, masked.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "License keys" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/license-keys$`));
  const row = page.getByTestId("license-key-row").filter({ hasText: email });
  await expect(row).toContainText("Granted");
  await expect(row).toContainText("App license");
  await expect(row).toContainText("0 of 3");
  await expect(row).toContainText(/\*\*\*\*-[0-9A-F]{6}/);
  await shot(page, "1-license-keys-list.png");

  // Its page: masked until revealed.
  await row.getByRole("link", { name: /View/ }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/license-keys/[0-9a-f-]{36}$`));
  const licenseKeyId = page.url().split("/").pop() as string;
  const keyValue = page.getByTestId("license-key-value");
  await expect(keyValue).toHaveText(/^\*\*\*\*-[0-9A-F]{6}$/);
  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(keyValue).toHaveText(/^APP-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  const originalKey = (await keyValue.textContent()) as string;
  const organizationId = (await page.getByTestId("organization-id").textContent())?.trim() as string;

  // The customer's app activates it; the activation shows up.
  await activate(page, originalKey, organizationId, licenseKeyId, "Ada's laptop");
  await page.reload();
  await expect(page.getByTestId("activation-row")).toContainText("Ada's laptop");
  await shot(page, "2-license-key-detail.png");

  // Rotate: a new key, shown in the dialog; the record (and its activation) stays.
  await page.getByRole("button", { name: "Rotate", exact: true }).click();
  await expect(page.getByRole("dialog")).toContainText("old one stops validating");
  await page.getByRole("button", { name: "Rotate key" }).click();
  const rotated = page.getByTestId("rotated-key");
  await expect(rotated).toHaveText(/^APP-[0-9A-F]{8}-/);
  const newKey = ((await rotated.textContent()) as string).trim();
  expect(newKey).not.toBe(originalKey);
  await shot(page, "3-rotated-key.png");
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`License key ****-${newKey.slice(-6)}`);
  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(keyValue).toHaveText(newKey);
  await expect(page.getByTestId("activation-row")).toContainText("Ada's laptop");

  // Disable it.
  await page.getByRole("button", { name: "Disable", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable key" }).click();
  await expect(page.locator("main h1 + p")).toContainText("Disabled");
  await expect(page.getByRole("button", { name: "Re-enable" })).toBeVisible();

  // Delete the activation: its slot is free again.
  await page.getByRole("button", { name: "Delete activation Ada's laptop" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete activation" }).click();
  await expect(page.getByText("Not activated anywhere yet.")).toBeVisible();

  // Edit limits: a refused value is explained beside its field; a good one is saved.
  await page.getByRole("button", { name: "Edit limits" }).click();
  await page.getByLabel("Activation limit", { exact: true }).fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("dialog").getByText("Must be at least 1 (null for unlimited)")).toBeVisible();
  await page.getByLabel("Activation limit", { exact: true }).fill("5");
  await page.getByLabel("Usage limit", { exact: true }).fill("1000");
  await shot(page, "4-edit-limits.png");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByText("0 of 1000")).toBeVisible();
  await expect(page.getByText("0 of 5").first()).toBeVisible();
  await shot(page, "5-license-key-disabled.png");

  // The list filters by status and searches by email.
  await page.getByRole("link", { name: "← License keys" }).click();
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Disabled" }).click();
  await expect(page.getByTestId("license-key-row").filter({ hasText: email })).toContainText("Disabled");
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Granted" }).click();
  await expect(page.getByText("No license keys match")).toBeVisible();
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "All" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/license-keys$`));
  await page.getByLabel("Search license keys").fill(newKey.slice(-6).toLowerCase());
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId("license-key-row")).toHaveCount(1);
  await page.getByLabel("Search license keys").fill("nobody-has-this");
  await expect(page.getByText("No license keys match")).toBeVisible();

  // Import a key from the previous system, for a new customer.
  const legacyKey = `LEGACY-${uniqueSuffix()}`;
  const legacyEmail = uniqueEmail("legacy");
  await page.getByRole("button", { name: "Import key" }).click();
  await page.getByLabel("Key", { exact: true }).fill(legacyKey);
  await page.getByLabel("Benefit", { exact: true }).click();
  await page.getByRole("option", { name: "App license" }).click();
  await page.getByLabel("Customer email", { exact: true }).fill(legacyEmail);
  await shot(page, "6-import-dialog.png");
  await page.getByRole("dialog").getByRole("button", { name: "Import key" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/license-keys/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`License key ****-${legacyKey.slice(-6)}`);
  await expect(page.getByText("Imported", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: legacyEmail })).toBeVisible();
  await shot(page, "7-imported-key.png");

  // The same key again is refused.
  await page.goto(`${base}/license-keys`);
  await page.getByRole("button", { name: "Import key" }).click();
  await page.getByLabel("Key", { exact: true }).fill(legacyKey);
  await page.getByLabel("Benefit", { exact: true }).click();
  await page.getByRole("option", { name: "App license" }).click();
  await page.getByLabel("Customer email", { exact: true }).fill(legacyEmail);
  await page.getByRole("dialog").getByRole("button", { name: "Import key" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("already exists");
});
