// The customer portal as the evidence asks: a merchant records a test purchase, creates a
// portal link through the API, and the customer — in their own browser — sees the key, reveals
// and copies it, activates it from "their app" (the public license API), sees the activation and
// deactivates it from the portal. Screenshots: test-results/**/portal-*.png.
import { expect, test, type Page } from "@playwright/test";
import { createApiToken, recordTestPurchase, signUpMerchant, uniqueEmail } from "./helpers";

const NOTE = "Book your onboarding call at [our calendar](https://example.com/book).\n\n- Bring your **order number**\n- Calls last 30 minutes";

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

async function createBenefit(page: Page, base: string, type: "Custom" | "License keys", description: string, fill: () => Promise<void>) {
  await page.goto(`${base}/benefits/new`);
  await page.getByRole("list", { name: "Benefit types" }).getByRole("link", { name: new RegExp(`^${type}`) }).click();
  await page.getByLabel("Description", { exact: true }).fill(description);
  await fill();
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/benefits$`));
}

async function createProduct(page: Page, base: string, name: string, benefits: string[]) {
  await page.goto(`${base}/products/new`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Price", { exact: true }).fill("49");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/products/[0-9a-f-]{36}$`));
  for (const benefit of benefits) {
    await page.getByLabel("Attach benefit", { exact: true }).click();
    await page.getByRole("option", { name: new RegExp(benefit) }).click();
    await page.getByRole("button", { name: "Attach", exact: true }).click();
    await expect(page.getByRole("list", { name: "Attached benefits, in grant order" }).getByRole("link", { name: benefit })).toBeVisible();
  }
}

/** Creates a customer and records a test purchase of `product` for them; returns their id and email. */
async function buyAsNewCustomer(page: Page, base: string, product: string) {
  await page.goto(`${base}/customers`);
  await page.getByRole("button", { name: "New customer" }).click();
  const email = uniqueEmail("buyer");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/customers/[0-9a-f-]{36}$`));
  const customerId = page.url().split("/").pop()!;
  await recordTestPurchase(page, product);
  return { customerId, email };
}


test.describe.configure({ timeout: 120_000 });

test("a customer opens the portal link, reveals and copies the key, sees an activation and deactivates it", async ({ page, browser, request }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;

  // The merchant's catalog: a note and a license key (2 activations, customers may manage them).
  await createBenefit(page, base, "Custom", "Onboarding call", () => page.getByLabel("Note for customers", { exact: true }).fill(NOTE));
  await createBenefit(page, base, "License keys", "Desktop license", async () => {
    await page.getByLabel("Key prefix", { exact: true }).fill("desk");
    await page.getByLabel("Activation limit", { exact: true }).fill("2");
    await page.getByLabel("Customers can manage their activations").check();
  });
  await createProduct(page, base, "Desktop App", ["Desktop license", "Onboarding call"]);
  const { customerId, email } = await buyAsNewCustomer(page, base, "Desktop App");

  // The merchant's server asks for a portal link (POST /v1/customer-sessions/ with its token).
  const token = await createApiToken(page, base, "Customer portal links");
  const created = await request.post("/v1/customer-sessions/", {
    headers: { authorization: `Bearer ${token}` },
    data: { customer_id: customerId },
  });
  expect(created.status()).toBe(201);
  const session = (await created.json()) as { token: string; customer_portal_url: string; customer: { organization_id: string } };
  expect(session.customer_portal_url).toMatch(new RegExp(`/portal/${orgSlug}\\?customer_session_token=bfr_cst_`));

  // The customer, in their own browser (no merchant session), with clipboard access.
  const customerContext = await browser.newContext();
  await customerContext.grantPermissions(["clipboard-read", "clipboard-write"]);
  const portal = await customerContext.newPage();
  try {
    await portal.goto(session.customer_portal_url);
    // Signed in, and the token is gone from the address bar.
    await expect(portal).toHaveURL(new RegExp(`/portal/${orgSlug}$`));
    await expect(portal.getByRole("heading", { name: "Your benefits" })).toBeVisible();
    await expect(portal.getByLabel("Signed in as")).toContainText(email);
    const cookies = await customerContext.cookies();
    const portalCookie = cookies.find((c) => c.name === `bfr_portal_${session.customer.organization_id}`);
    expect(portalCookie).toMatchObject({ value: session.token, httpOnly: true, sameSite: "Lax" });

    // Benefits in the product's order: the license first, then the note rendered as markdown.
    const cards = portal.getByRole("article");
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText("Desktop license");
    await expect(cards.nth(1)).toContainText("Onboarding call");
    const license = portal.getByRole("article", { name: "Desktop license" });
    const note = portal.getByRole("article", { name: "Onboarding call" });
    await expect(note.getByRole("link", { name: "our calendar" })).toHaveAttribute("href", "https://example.com/book");
    await expect(note.getByRole("listitem")).toHaveCount(2);
    await expect(portal.getByRole("list", { name: "Orders" })).toContainText("Desktop App");
    await expect(portal.getByRole("list", { name: "Orders" })).toContainText("$49.00");

    // The key is masked until revealed.
    const keyValue = license.getByTestId("license-key");
    await expect(keyValue).toHaveText(/^\*\*\*\*-[0-9A-F]{6}$/);
    await expect(license).toContainText("Not activated on any device yet.");
    await expect(license).toContainText("0 of 2 used");
    await shot(portal, "portal-1-signed-in.png");

    await license.getByRole("button", { name: "Reveal" }).click();
    await expect(keyValue).toHaveText(/^DESK-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    const key = (await keyValue.textContent())!.trim();
    await shot(portal, "portal-2-key-revealed.png");

    await license.getByRole("button", { name: "Copy" }).click();
    await expect(license.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await portal.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // The customer's app activates the copied key through the public license API.
    const activated = await request.post("/v1/customer-portal/license-keys/activate", {
      data: { key, organization_id: session.customer.organization_id, label: "Work laptop" },
    });
    expect(activated.ok()).toBe(true);

    await portal.reload();
    const activation = license.getByRole("listitem").filter({ hasText: "Work laptop" });
    await expect(activation).toBeVisible();
    await expect(license).toContainText("1 of 2 used");
    await shot(portal, "portal-3-activation-listed.png");

    // Deactivate it from the portal, after the confirmation.
    await activation.getByRole("button", { name: "Deactivate Work laptop" }).click();
    const dialog = portal.getByRole("dialog");
    await expect(dialog).toContainText("This frees one activation for another device.");
    await shot(portal, "portal-4-deactivate-confirm.png");
    await dialog.getByRole("button", { name: "Deactivate device" }).click();
    await expect(dialog).toBeHidden();
    await expect(license.getByRole("listitem").filter({ hasText: "Work laptop" })).toHaveCount(0);
    await expect(license).toContainText("Not activated on any device yet.");
    await shot(portal, "portal-5-deactivated.png");
    // Gone for the license API too: the key's activations, read with the customer's session token.
    const keyId = (await (await request.get("/v1/customer-portal/license-keys/", { headers: { authorization: `Bearer ${session.token}` } })).json()).items[0].id;
    const read = await request.get(`/v1/customer-portal/license-keys/${keyId}`, { headers: { authorization: `Bearer ${session.token}` } });
    expect((await read.json()).activations).toEqual([]);

    // On a phone-sized screen the page still reads top to bottom.
    await portal.setViewportSize({ width: 390, height: 844 });
    await shot(portal, "portal-6-mobile.png");
    await portal.setViewportSize({ width: 1280, height: 720 });

    // Signing out ends the session: the same link no longer signs in.
    await portal.getByRole("button", { name: "Sign out" }).click();
    await expect(portal).toHaveURL(new RegExp(`/portal/${orgSlug}/signed-out$`));
    await expect(portal.getByRole("heading", { name: "You are signed out" })).toBeVisible();
    expect((await customerContext.cookies()).some((c) => c.name.startsWith("bfr_portal_"))).toBe(false);
    await shot(portal, "portal-7-signed-out.png");

    const again = await portal.goto(session.customer_portal_url);
    expect(again?.status()).toBe(404);
    await expect(portal.getByRole("heading", { name: "This link has expired" })).toBeVisible();
    await shot(portal, "portal-8-link-expired.png");
  } finally {
    await customerContext.close();
  }
});
