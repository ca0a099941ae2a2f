// Meters and credits as the evidence asks: the merchant defines a meter in the dashboard,
// sells meter credits, the customer sees the balance and a usage chart in the portal, and both
// change after usage events are ingested; the merchant tops the balance up by hand.
// Screenshots: test-results/**/meters-*.png.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createApiToken, signUpMerchant, uniqueEmail } from "./helpers";

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });


/** A JSON call to the API with the token; asserts the status and returns the body. */
async function call(request: APIRequestContext, token: string, method: "GET" | "POST", path: string, data: unknown, status: number) {
  const res = await request.fetch(path, { method, data, headers: { authorization: `Bearer ${token}` } });
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as Record<string, unknown>;
}

test.describe.configure({ timeout: 120_000 });

test("the portal shows the balance and a usage chart, and both change after usage is ingested", async ({ page, browser, request }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;
  const token = await createApiToken(page, base, "Usage reporting");

  // The merchant defines the meter in the dashboard: count "api.call" events.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Meters" }).click();
  await expect(page.getByText("No meters yet")).toBeVisible();
  await page.getByRole("link", { name: "New meter" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill("API calls");
  await page.getByLabel("Value", { exact: true }).fill("api.call");
  await shot(page, "meters-new.png");
  await page.getByRole("button", { name: "Create meter" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/meters/[0-9a-f-]{36}$`));
  const meterId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: "API calls" })).toBeVisible();
  await expect(page.getByText("No balances yet")).toBeVisible();

  // Credits of 100 with a low-balance alert at 20, sold one-time; a customer buys them.
  const benefit = await call(request, token, "POST", "/v1/benefits/", {
    type: "meter_credit",
    description: "100 API credits",
    properties: { meter_id: meterId, units: 100, rollover: false, low_balance_threshold: 20 },
  }, 201);
  const product = await call(request, token, "POST", "/v1/products/", { name: "Starter credits", prices: [{ amount_type: "fixed", price_amount: 900 }] }, 201);
  await call(request, token, "POST", `/v1/products/${product.id}/benefits`, { benefits: [benefit.id] }, 200);
  const customer = await call(request, token, "POST", "/v1/customers/", { email: uniqueEmail("dev"), external_id: "user_42" }, 201);
  await call(request, token, "POST", "/v1/orders/", { customer_id: customer.id, product_id: product.id }, 201);

  // The customer, in their own browser, opens the portal link and then their usage page.
  const session = await call(request, token, "POST", "/v1/customer-sessions/", { customer_id: customer.id }, 201);
  const customerPage = await (await browser.newContext()).newPage();
  await customerPage.goto(session.customer_portal_url as string);
  await expect(customerPage.getByRole("heading", { name: "Your benefits" })).toBeVisible();
  await customerPage.goto(`/portal/${orgSlug}/meters`);
  const card = customerPage.getByRole("article", { name: "API calls" });
  await expect(card.getByTestId("meter-balance")).toHaveText("100");
  const chart = card.getByRole("img", { name: /API calls: 0 units used over the last 30 days/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute("data-total", "0");
  await expect(card.getByRole("status")).toHaveCount(0);
  await shot(customerPage, "meters-portal-before.png");

  // Their app reports 85 calls (by the merchant's own user id); the page shows the new balance, the low-balance notice and the bars.
  const events = Array.from({ length: 85 }, (_, i) => ({ name: "api.call", external_customer_id: "user_42", external_id: `call-${i}` }));
  expect(await call(request, token, "POST", "/v1/events/ingest", { events }, 200)).toEqual({ inserted: 85, duplicates: 0 });
  await customerPage.reload();
  await expect(card.getByTestId("meter-balance")).toHaveText("15");
  await expect(card.getByRole("status")).toHaveText(/Your balance is running low: fewer than 20 units left/);
  await expect(card.getByRole("img", { name: /API calls: 85 units used over the last 30 days, at most 85 in a day/ })).toHaveAttribute("data-total", "85");
  const today = new Date().toISOString().slice(0, 10);
  const bar = card.locator(`rect[data-day="${today}"]`);
  await expect(bar).toHaveCount(1);
  expect(Number(await bar.getAttribute("height"))).toBeGreaterThan(50);
  await shot(customerPage, "meters-portal-after.png");

  // The merchant sees the low balance and tops it up by 50.
  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(customer.email as string) });
  await expect(row).toContainText("15");
  await expect(row).toContainText("Low");
  await row.getByRole("button", { name: `Add credits for ${customer.email}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Units", { exact: true }).fill("50");
  await dialog.getByLabel("Reason", { exact: true }).fill("Launch week bonus");
  await dialog.getByRole("button", { name: "Add credits" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(customer.email as string) })).toContainText("65");
  await shot(page, "meters-dashboard.png");
  await page.getByRole("link", { name: "All meters" }).click();
  const meterRow = page.getByRole("row", { name: /API calls/ });
  await expect(meterRow).toContainText("Count of events");
  await expect(meterRow).toContainText('name = "api.call"');
  await expect(meterRow.getByRole("cell").last()).toHaveText("1");
  await shot(page, "meters-list.png");

  await customerPage.reload();
  await expect(card.getByTestId("meter-balance")).toHaveText("65");
  await expect(card.getByRole("status")).toHaveCount(0);
});
