// GitHub end to end against the fake GitHub (FAKE_GITHUB_URL; the app server runs with the env
// test/fakes/start-fakes.ts prints): the merchant installs the GitHub App, picks a repository in
// the benefit form and sells it; the customer's benefit waits for their GitHub account, they
// connect it through GitHub's (fake) consent page in the portal and the benefit becomes active.
// Screenshots: test-results/**/github-*.png.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createApiToken, recordTestPurchase, signUpMerchant, uniqueEmail } from "./helpers";

const fakeUrl = process.env.FAKE_GITHUB_URL;
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

async function fake(path: string, body?: unknown, method = body === undefined ? "GET" : "POST") {
  const res = await fetch(`${fakeUrl}/_fake${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
  return res.json();
}

test.describe.configure({ timeout: 150_000 });

test("a customer connects GitHub in the portal and their action-required repository access is granted", async ({ page, browser, request, baseURL }) => {
  test.skip(!fakeUrl, "FAKE_GITHUB_URL is not set: start test/fakes/start-fakes.ts and the app with its env");
  // The app's "Setup URL", configured on the GitHub App in real life: where GitHub sends the merchant after installing.
  await fake("/app", { setup_url: `${baseURL}/v1/integrations/github/setup` }, "PUT");
  const ghOrg = unique("acme");
  const repo = "private-sdk";
  const buyer = unique("octo");
  await fake("/repos", { owner: ghOrg, name: repo });
  await fake("/users", { login: buyer });

  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;

  // 1. Integrations → install the GitHub App on the merchant's GitHub organization.
  await page.goto(`${base}/integrations`);
  await page.getByRole("link", { name: "Install the GitHub App" }).click();
  await page.getByLabel("Account").fill(ghOrg);
  await page.getByRole("button", { name: "Install" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/integrations\\?connected=github$`));
  await expect(page.getByRole("status").filter({ hasText: "GitHub App installed." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Reachable GitHub repositories" })).toContainText(`${ghOrg}/${repo}`);
  await shot(page, "github-1-integrations.png");

  // 2. A benefit on that repository, picked from the repositories Benefactor reaches.
  await page.goto(`${base}/benefits/new`);
  await page.getByRole("list", { name: "Benefit types" }).getByRole("link", { name: /^GitHub/ }).click();
  await page.getByLabel("Description", { exact: true }).fill("SDK source access");
  await page.getByLabel("Repository", { exact: true }).click();
  await page.getByRole("option", { name: `${ghOrg}/${repo}` }).click();
  await page.getByLabel("Permission", { exact: true }).click();
  await page.getByRole("option", { name: "Write (push)" }).click();
  await shot(page, "github-2-benefit-form.png");
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/benefits$`));

  // 3. A product with it, a customer who bought it, and a portal link.
  await page.goto(`${base}/products/new`);
  await page.getByLabel("Name", { exact: true }).fill("SDK license");
  await page.getByLabel("Price", { exact: true }).fill("99");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/products/[0-9a-f-]{36}$`));
  await page.getByLabel("Attach benefit", { exact: true }).click();
  await page.getByRole("option", { name: /SDK source access/ }).click();
  await page.getByRole("button", { name: "Attach", exact: true }).click();
  await page.goto(`${base}/customers`);
  await page.getByRole("button", { name: "New customer" }).click();
  await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("buyer"));
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/customers/[0-9a-f-]{36}$`));
  const customerId = page.url().split("/").pop()!;
  await recordTestPurchase(page, "SDK license");

  const token = await createApiToken(page, base, "Portal links");
  const created = await request.post("/v1/customer-sessions/", { headers: { authorization: `Bearer ${token}` }, data: { customer_id: customerId } });
  expect(created.status()).toBe(201);
  const { customer_portal_url: portalUrl } = (await created.json()) as { customer_portal_url: string };

  // 4. The customer: the benefit waits for their GitHub account.
  const customer = await browser.newContext();
  const portal = await customer.newPage();
  try {
    await portal.goto(portalUrl);
    const card = portal.getByRole("article", { name: "SDK source access" });
    await expect(async () => {
      await portal.reload();
      await expect(card).toContainText("Action needed", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(card).toContainText(`Connect your GitHub account to get access to ${ghOrg}/${repo}`);
    await shot(portal, "github-3-action-required.png");

    // 5. Connect GitHub → GitHub's consent page (the fake) → back in the portal.
    await card.getByRole("link", { name: "Connect GitHub" }).click();
    await expect(portal.getByRole("heading", { name: "Authorize Benefactor" })).toBeVisible();
    await portal.getByLabel("GitHub username").fill(buyer);
    await shot(portal, "github-4-consent.png");
    await portal.getByRole("button", { name: "Authorize" }).click();
    await expect(portal).toHaveURL(new RegExp(`/portal/${orgSlug}\\?connected=github$`));

    // 6. The grant proceeds on its own: no merchant action, no retry.
    await expect(async () => {
      await portal.reload();
      await expect(card).toContainText("Active", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await shot(portal, "github-5-granted.png");
    const state = (await fake(`/repos/${ghOrg}/${repo}`)) as { invitations: { invitee: string; permission: string }[] };
    expect(state.invitations).toEqual([expect.objectContaining({ invitee: buyer, permission: "push" })]);

    // 7. The merchant's access audit for the repository: who has access, and GitHub's view of it.
    await page.goto(`${base}/integrations/github/${ghOrg}/${repo}`);
    await expect(page.getByRole("table", { name: "Access through Benefactor" })).toContainText(buyer);
    await page.getByRole("link", { name: "Check with GitHub" }).click();
    await expect(page.getByRole("list", { name: "Differences" })).toContainText(`${buyer} has not accepted the invitation yet`);
    await shot(page, "github-7-audit.png");

    await portal.getByRole("link", { name: "Accounts" }).click();
    await expect(portal.getByRole("listitem", { name: "GitHub" })).toContainText(`Connected as ${buyer}`);
    await shot(portal, "github-6-accounts.png");
  } finally {
    await customer.close();
  }
});
