import { expect, test, type Page } from "@playwright/test";
import { signUpMerchant } from "./helpers";

async function pickBenefitType(page: Page, orgSlug: string, typeLabel: string) {
  await page.goto(`/dashboard/${orgSlug}/benefits/new`);
  await page.getByRole("list", { name: "Benefit types" }).getByRole("link", { name: new RegExp(`^${typeLabel}`) }).click();
}

async function createBenefit(page: Page, orgSlug: string, typeLabel: string, fill: () => Promise<void>) {
  await pickBenefitType(page, orgSlug, typeLabel);
  await fill();
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${orgSlug}/benefits$`));
}

/** The attached benefits' names as the product page lists them, in order. */
async function attachedOrder(page: Page): Promise<string[]> {
  const list = page.getByRole("list", { name: "Attached benefits, in grant order" });
  return list.getByRole("listitem").getByRole("link").allTextContents();
}

test("a merchant signs up, creates an organization, a product and two benefits, attaches and reorders them", async ({ page }) => {
  const { orgSlug } = await signUpMerchant(page);

  // A license-key benefit, after a field error the merchant corrects.
  await pickBenefitType(page, orgSlug, "License keys");
  await page.getByLabel("Description", { exact: true }).fill("x");
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page.getByText("At least 3 characters")).toBeVisible();
  await page.getByLabel("Description", { exact: true }).fill("Software License");
  await page.getByLabel("Key prefix", { exact: true }).fill("myapp");
  await page.getByLabel("Activation limit", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${orgSlug}/benefits$`));

  await createBenefit(page, orgSlug, "Custom", async () => {
    await page.getByLabel("Description", { exact: true }).fill("Priority support");
    await page.getByLabel("Note for customers", { exact: true }).fill("Email support@example.com with your order ID.");
  });
  await expect(page.getByRole("row", { name: /Software License/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Priority support/ })).toBeVisible();

  // A product, then both benefits attached: license first, support second.
  await page.goto(`/dashboard/${orgSlug}/products/new`);
  await page.getByLabel("Name", { exact: true }).fill("Pro License");
  await page.getByLabel("Price", { exact: true }).fill("99");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${orgSlug}/products/[0-9a-f-]{36}$`));

  for (const name of ["Software License", "Priority support"]) {
    await page.getByLabel("Attach benefit", { exact: true }).click();
    await page.getByRole("option", { name: new RegExp(name) }).click();
    await page.getByRole("button", { name: "Attach", exact: true }).click();
    await expect(page.getByRole("list", { name: "Attached benefits, in grant order" }).getByRole("link", { name })).toBeVisible();
  }
  await expect.poll(() => attachedOrder(page)).toEqual(["Software License", "Priority support"]);

  // Reorder with the keyboard-accessible button, then reload: the saved order is the shown order.
  await page.getByRole("button", { name: "Move Priority support up" }).click();
  await expect.poll(() => attachedOrder(page)).toEqual(["Priority support", "Software License"]);
  await expect(page.getByRole("list", { name: "Attached benefits, in grant order" })).not.toHaveAttribute("aria-busy", "true");
  await page.reload();
  await expect.poll(() => attachedOrder(page)).toEqual(["Priority support", "Software License"]);
  await page.screenshot({ path: test.info().outputPath("product-benefits-in-order.png"), fullPage: true });

  // The product list says what it holds.
  await page.goto(`/dashboard/${orgSlug}/products`);
  await expect(page.getByRole("row", { name: /Pro License/ })).toContainText("2");
});
