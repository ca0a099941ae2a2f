import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { signUpMerchant, uniqueEmail } from "./helpers";

type Received = { headers: IncomingHttpHeaders; body: string };

/** A webhook receiver on 127.0.0.1 (a free port) that answers 200 and keeps what it got. */
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/benefactor`, received, server };
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

/** Creates a benefit from /benefits/new; `fill` fills the type's own fields. */
async function createBenefit(page: Page, base: string, type: "Custom" | "GitHub repository access", description: string, fill: () => Promise<void>) {
  await page.goto(`${base}/benefits/new`);
  await page.getByRole("list", { name: "Benefit types" }).getByRole("link", { name: new RegExp(`^${type}`) }).click();
  await page.getByLabel("Description", { exact: true }).fill(description);
  await fill();
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/benefits$`));
}

const createCustomBenefit = (page: Page, base: string, description: string, note: string) =>
  createBenefit(page, base, "Custom", description, () => page.getByLabel("Note for customers", { exact: true }).fill(note));

/** Creates a product (monthly when `isRecurring`) and attaches the benefits, in order. */
async function createProduct(page: Page, base: string, { name, price, isRecurring, benefits }: { name: string; price: string; isRecurring: boolean; benefits: string[] }) {
  await page.goto(`${base}/products/new`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  if (isRecurring) await page.getByLabel("Subscription", { exact: true }).check();
  await page.getByLabel("Price", { exact: true }).fill(price);
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/products/[0-9a-f-]{36}$`));
  for (const benefit of benefits) {
    await page.getByLabel("Attach benefit", { exact: true }).click();
    await page.getByRole("option", { name: new RegExp(benefit) }).click();
    await page.getByRole("button", { name: "Attach", exact: true }).click();
    await expect(page.getByRole("list", { name: "Attached benefits, in grant order" }).getByRole("link", { name: benefit })).toBeVisible();
  }
}

/** Creates a customer from the customers page and lands on their page; returns the email. */
async function createCustomer(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/customers`);
  await page.getByRole("button", { name: "New customer" }).click();
  const email = uniqueEmail("buyer");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/customers/[0-9a-f-]{36}$`));
  return email;
}

/** On a customer's page: "Record test purchase" of one product. */
async function recordTestPurchase(page: Page, product: string, expectedOutcome: string) {
  await page.getByRole("button", { name: "Record test purchase" }).click();
  await expect(page.getByRole("dialog")).toContainText("without a billing system");
  await page.getByLabel("Product", { exact: true }).click();
  await page.getByRole("option", { name: new RegExp(product) }).click();
  await expect(page.getByRole("dialog")).toContainText(expectedOutcome);
  await page.getByRole("button", { name: "Record purchase" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
}

const grantRow = (page: Page, benefit: string) => page.getByRole("table", { name: "Benefit grants" }).getByRole("row", { name: new RegExp(benefit) });

const NOTE = "Email support@example.com with your order ID.";

test.describe.configure({ timeout: 90_000 });

test("a test purchase grants a custom benefit, revoking the subscription takes it back, and the webhooks arrive signed", async ({ page }) => {
  const receiver = await startReceiver();
  try {
    const { orgSlug } = await signUpMerchant(page);
    const base = `/dashboard/${orgSlug}`;

    // A custom benefit (a note) on a monthly product.
    await createCustomBenefit(page, base, "Priority support", NOTE);
    await createProduct(page, base, { name: "Pro Monthly", price: "19", isRecurring: true, benefits: ["Priority support"] });

    // A webhook endpoint pointing at the receiver; its signing secret is shown once, on creation.
    await page.goto(`${base}/settings/webhooks`);
    await page.getByRole("button", { name: "Add endpoint", exact: true }).click();
    await page.getByLabel("Endpoint URL", { exact: true }).fill(receiver.url);
    await page.getByRole("dialog").getByRole("button", { name: "Add endpoint", exact: true }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("link", { name: receiver.url })).toBeVisible();

    // A customer, then a test purchase of the subscription product from their page.
    const email = await createCustomer(page, base);
    const customerUrl = page.url();
    await recordTestPurchase(page, "Pro Monthly", "Starts an active monthly subscription");

    // No reload: the grants panel refreshes itself until the engine has delivered.
    const support = grantRow(page, "Priority support");
    await expect(support).toContainText("Granted");
    await expect(support).toContainText(`Note: ${NOTE}`);
    await expect(support).toContainText("Subscription");
    const subscriptionRow = page.getByRole("row", { name: /Pro Monthly/ }).filter({ hasText: "Active" });
    await expect(subscriptionRow).toBeVisible();
    await shot(page, "1-customer-granted.png");

    // Revoke the subscription now: the grant is revoked, again without a reload.
    await subscriptionRow.getByRole("link", { name: /View/ }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/subscriptions/[0-9a-f-]{36}$`));
    await expect(support).toContainText("Granted");
    await shot(page, "2a-subscription-active.png");
    await page.getByRole("button", { name: "Revoke now" }).click();
    await expect(page.getByRole("dialog")).toContainText("the customer loses its benefits now");
    await page.getByRole("dialog").getByRole("button", { name: "Revoke subscription" }).click();
    await expect(support).toContainText("Revoked");
    await expect(page.getByText("This subscription has ended and cannot change.")).toBeVisible();
    await shot(page, "2-subscription-revoked.png");

    await page.goto(`${base}/subscriptions?status=canceled`);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Canceled");
    await shot(page, "2b-subscriptions-canceled.png");
    await page.goto(`${base}/subscriptions?status=active`);
    await expect(page.getByText("No subscriptions match")).toBeVisible();

    await page.goto(customerUrl);
    await expect(support).toContainText("Revoked");
    await expect(page.getByRole("row", { name: /Pro Monthly/ }).filter({ hasText: "Canceled" })).toBeVisible();

    // The receiver got both events, each signed with the secret shown once.
    await expect.poll(() => receiver.received.map((r) => JSON.parse(r.body).type), { timeout: 20_000 }).toEqual(
      expect.arrayContaining(["benefit_grant.created", "benefit_grant.revoked"]),
    );
    const webhook = new Webhook(secret);
    for (const r of receiver.received) {
      const verified = webhook.verify(r.body, r.headers as Record<string, string>) as { type: string; data: { benefit: { description: string }; customer: { email: string } } };
      expect(verified.data.benefit.description).toBe("Priority support");
      expect(verified.data.customer.email).toBe(email);
    }
    const created = receiver.received.map((r) => JSON.parse(r.body)).find((e) => e.type === "benefit_grant.created");
    expect(created.data.properties).toEqual({ note: NOTE });
    expect(() => new Webhook(`whsec_${Buffer.from("not the secret").toString("base64")}`).verify(receiver.received[0].body, receiver.received[0].headers as Record<string, string>)).toThrow();

    // The endpoint's delivery log shows both deliveries as delivered.
    await page.goto(`${base}/settings/webhooks`);
    await page.getByRole("link", { name: receiver.url }).click();
    for (const type of ["benefit_grant.created", "benefit_grant.revoked"]) {
      await expect(page.getByTestId("webhook-event-row").filter({ hasText: type })).toContainText("Delivered");
    }
    await shot(page, "3-webhook-log.png");
  } finally {
    await new Promise((resolve) => receiver.server.close(resolve));
  }
});

test("a benefit whose provider is not connected fails visibly; retry, manual grants, revokes and a refund with revoke", async ({ page }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;

  // A GitHub benefit (GitHub not connected) on a one-time product, and a custom benefit.
  await createBenefit(page, base, "GitHub repository access", "App repository", async () => {
    await page.getByLabel("Owner", { exact: true }).fill("acme");
    await page.getByLabel("Repository name", { exact: true }).fill("app");
  });
  await createCustomBenefit(page, base, "Welcome gift", "Use code WELCOME at checkout.");
  await createProduct(page, base, { name: "App Lifetime", price: "49", isRecurring: false, benefits: ["App repository"] });
  await createCustomer(page, base);

  // A one-time purchase records an order; its GitHub grant fails with a clear message.
  await recordTestPurchase(page, "App Lifetime", "Records a paid one-time order");
  const repository = grantRow(page, "App repository");
  await expect(repository).toContainText("Failed");
  await expect(repository).toContainText("GitHub integration not configured");
  await expect(repository).toContainText("Order");
  await expect(page.getByRole("row", { name: /App Lifetime/ }).filter({ hasText: "Paid" })).toBeVisible();

  // Retry runs it again (and it fails again, with the same message).
  await repository.getByRole("button", { name: "Retry App repository" }).click();
  await expect(page.getByText("App repository is being delivered again.", { exact: true })).toBeVisible();
  await expect(repository).toContainText("Failed");

  // A manual grant of the custom benefit, then revoked by hand.
  await page.getByRole("button", { name: "Grant a benefit manually" }).click();
  await page.getByLabel("Benefit", { exact: true }).click();
  await page.getByRole("option", { name: "Welcome gift" }).click();
  await page.getByRole("button", { name: "Grant benefit" }).click();
  const gift = grantRow(page, "Welcome gift");
  await expect(gift).toContainText("Granted");
  await expect(gift).toContainText("Manual");
  await expect(gift).toContainText("Note: Use code WELCOME at checkout.");
  await shot(page, "4-customer-failed-and-manual.png");
  await gift.getByRole("button", { name: "Revoke Welcome gift" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke benefit" }).click();
  await expect(gift).toContainText("Revoked");

  // A second manual grant of it is allowed once the first is revoked; a third is refused (409).
  await page.getByRole("button", { name: "Grant a benefit manually" }).click();
  await page.getByLabel("Benefit", { exact: true }).click();
  await page.getByRole("option", { name: "Welcome gift" }).click();
  await page.getByRole("button", { name: "Grant benefit" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(gift.filter({ hasText: "Granted" })).toBeVisible();
  await page.getByRole("button", { name: "Grant a benefit manually" }).click();
  await page.getByLabel("Benefit", { exact: true }).click();
  await page.getByRole("option", { name: "Welcome gift" }).click();
  await page.getByRole("button", { name: "Grant benefit" }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toContainText("already holds a manual grant");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  // Refund the order and revoke its benefits; an amount above the order is refused beside the field.
  await page.getByRole("row", { name: /App Lifetime/ }).getByRole("link", { name: /View/ }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/orders/[0-9a-f-]{36}$`));
  await page.getByRole("button", { name: "Refund" }).click();
  await expect(page.getByLabel("Amount", { exact: true })).toHaveValue("49");
  await page.getByLabel("Amount", { exact: true }).fill("60");
  await page.getByRole("button", { name: "Record refund" }).click();
  await expect(page.getByText("At most $49.00 is left to refund")).toBeVisible();
  await page.getByLabel("Amount", { exact: true }).fill("49");
  await page.getByLabel("Also revoke benefits").check();
  await shot(page, "5-refund-dialog.png");
  await page.getByRole("button", { name: "Record refund" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(repository).toContainText("Revoked");
  await expect(page.getByText("Refunded", { exact: true }).first()).toBeVisible();
  await shot(page, "6-order-refunded.png");

  // The benefit's page lists who holds it; the orders list filters by status.
  await page.goto(`${base}/orders?status=refunded`);
  await expect(page.getByRole("row", { name: /App Lifetime/ })).toContainText("$49.00");
  await shot(page, "6b-orders-refunded.png");
  await page.goto(`${base}/orders?status=paid`);
  await expect(page.getByText("No orders match")).toBeVisible();
  await page.goto(`${base}/benefits`);
  await page.getByRole("link", { name: "Welcome gift" }).click();
  await expect(page.getByRole("table", { name: "Grants" }).getByRole("row").filter({ hasText: "Manual" }).first()).toBeVisible();
  await shot(page, "7-benefit-grants.png");
});

test("subscription changes from the dashboard: cancel at period end and undo, past due and active, renew, change product", async ({ page }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;
  await createCustomBenefit(page, base, "Community access", "Join at https://example.com/community");
  await createCustomBenefit(page, base, "Office hours", "Book at https://example.com/book");
  await createProduct(page, base, { name: "Basic", price: "9", isRecurring: true, benefits: ["Community access"] });
  await createProduct(page, base, { name: "Plus", price: "29", isRecurring: true, benefits: ["Community access", "Office hours"] });
  await createCustomer(page, base);
  await recordTestPurchase(page, "Basic", "Starts an active monthly subscription");
  await expect(grantRow(page, "Community access")).toContainText("Granted");
  await page.getByRole("link", { name: "View subscription to Basic" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/subscriptions/[0-9a-f-]{36}$`));
  const header = page.locator("main h1 + p");

  // Cancel at period end keeps the benefit until the period ends; renewing is off until undone.
  await page.getByRole("button", { name: "Cancel at period end" }).click();
  await expect(header).toContainText("Cancels at period end");
  await expect(page.getByRole("button", { name: "Renew" })).toBeDisabled();
  await expect(grantRow(page, "Community access")).toContainText("Granted");
  await page.getByRole("button", { name: "Undo cancel" }).click();
  await expect(page.getByRole("button", { name: "Cancel at period end" })).toBeVisible();
  await expect(header).not.toContainText("Cancels at period end");

  // Past due with the default grace period (0 days) revokes at once; active again grants again.
  await page.getByRole("button", { name: "Mark past due" }).click();
  await expect(header).toContainText("Past due");
  await expect(grantRow(page, "Community access")).toContainText("Revoked");
  await page.getByRole("button", { name: "Mark active" }).click();
  await expect(header).toContainText("Active");
  await expect(grantRow(page, "Community access")).toContainText("Granted");

  // Renew records the next payment as a renewal order.
  await page.getByRole("button", { name: "Renew" }).click();
  await expect(page.getByRole("row", { name: /Renewal/ })).toContainText("$9.00");

  // Moving to Plus keeps the shared benefit and grants the one Plus adds.
  await page.getByRole("button", { name: "Change product" }).click();
  await page.getByLabel("New product", { exact: true }).click();
  await page.getByRole("option", { name: "Plus" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Change product" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Plus for");
  await expect(grantRow(page, "Office hours")).toContainText("Granted");
  await expect(grantRow(page, "Community access")).toContainText("Granted");
  await shot(page, "8-subscription-changed.png");
});
