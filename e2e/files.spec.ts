// Downloadable files as the evidence asks: a merchant uploads two files from the dashboard
// (a progress bar per file), puts them in a Downloadables benefit on a product, records a test
// purchase; the customer downloads both from the portal and the bytes match what was uploaded.
// A second test shows a failed part retried by itself and a checksum refusal with the server's
// message. Screenshots: test-results/**/files-*.png.
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createApiToken, recordTestPurchase, signUpMerchant, uniqueEmail } from "./helpers";

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });
const sha256Hex = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Slows uploads down (bytes per second) so the progress bars can be seen moving. */
async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond });
  return () => cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

async function uploadFromFilesPage(page: Page, base: string, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.goto(`${base}/files`);
  await page.getByRole("button", { name: "Upload files" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload files" });
  await dialog.getByTestId("file-input").setInputFiles(files);
  return dialog;
}

/** Creates a customer, records a test purchase of `product` for them; returns the customer id. */
async function buyAsNewCustomer(page: Page, base: string, product: string): Promise<string> {
  await page.goto(`${base}/customers`);
  await page.getByRole("button", { name: "New customer" }).click();
  await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("buyer"));
  await page.getByRole("button", { name: "Create customer" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/customers/[0-9a-f-]{36}$`));
  const customerId = page.url().split("/").pop()!;
  await recordTestPurchase(page, product);
  return customerId;
}


/** A one-time product with one benefit attached. */
async function createProduct(page: Page, base: string, name: string, benefit: string) {
  await page.goto(`${base}/products/new`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Price", { exact: true }).fill("29");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/products/[0-9a-f-]{36}$`));
  await page.getByLabel("Attach benefit", { exact: true }).click();
  await page.getByRole("option", { name: new RegExp(benefit) }).click();
  await page.getByRole("button", { name: "Attach", exact: true }).click();
  await expect(page.getByRole("list", { name: "Attached benefits, in grant order" }).getByRole("link", { name: benefit })).toBeVisible();
}

/** A Downloadables benefit with these files (already uploaded), in this order. */
async function createDownloadablesBenefit(page: Page, base: string, description: string, fileNames: string[]) {
  await page.goto(`${base}/benefits/new`);
  await page.getByRole("list", { name: "Benefit types" }).getByRole("link", { name: /^Downloadable files/ }).click();
  await page.getByLabel("Description", { exact: true }).fill(description);
  for (const name of fileNames) await page.getByRole("button", { name: `Add ${name}` }).click();
}

/** The customer's portal link, asked for through the API as the merchant's server would. */
async function portalLink(request: APIRequestContext, token: string, customerId: string): Promise<string> {
  const created = await request.post("/v1/customer-sessions/", { headers: { authorization: `Bearer ${token}` }, data: { customer_id: customerId } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { customer_portal_url: string }).customer_portal_url;
}

test.describe.configure({ timeout: 180_000 });

test("a merchant uploads two files, sells them in a downloadables benefit, and the customer downloads the same bytes", async ({ page, browser, request }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;
  // 20 MiB makes two parts (16 MiB + 4 MiB); the manual is a single small part.
  const bundle = { name: "templates-bundle.zip", mimeType: "application/zip", buffer: randomBytes(20 * 1024 * 1024) };
  const manual = { name: "manual.pdf", mimeType: "application/pdf", buffer: randomBytes(700_000) };

  // Upload both at once, slowed down so each file's progress bar is seen on its way.
  const unthrottle = await throttleUploads(page, 6 * 1024 * 1024);
  const dialog = await uploadFromFilesPage(page, base, [bundle, manual]);
  const bundleBar = dialog.getByRole("progressbar", { name: `Upload of ${bundle.name}` });
  const manualBar = dialog.getByRole("progressbar", { name: `Upload of ${manual.name}` });
  await expect(bundleBar).toBeVisible();
  await expect(manualBar).toBeVisible();
  await expect(bundleBar).toHaveAttribute("aria-valuetext", /Uploading… ([1-9]|[1-9]\d)%/, { timeout: 30_000 });
  await shot(page, "files-1-uploading.png");
  await expect(bundleBar).toHaveAttribute("aria-valuetext", /^Uploaded/, { timeout: 60_000 });
  await expect(manualBar).toHaveAttribute("aria-valuetext", /^Uploaded/);
  await expect(bundleBar).toHaveAttribute("aria-valuenow", "100");
  await shot(page, "files-2-uploaded.png");
  await unthrottle();
  await dialog.getByRole("button", { name: "Close" }).click();

  // Listed with size and the SHA-256 the server computed (the one the browser declared).
  const rows = page.getByTestId("file-row");
  await expect(rows).toHaveCount(2);
  const bundleRow = rows.filter({ hasText: bundle.name });
  await expect(bundleRow).toContainText("20.0 MB");
  await expect(bundleRow.getByTestId("checksum")).toHaveAttribute("title", sha256Hex(bundle.buffer));
  await expect(rows.filter({ hasText: manual.name }).getByTestId("checksum")).toHaveAttribute("title", sha256Hex(manual.buffer));

  // A version label, set from the list.
  await bundleRow.getByRole("button", { name: `Edit ${bundle.name}` }).click();
  await page.getByRole("dialog").getByLabel("Version", { exact: true }).fill("2.1");
  await page.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(bundleRow).toContainText("2.1");

  // The merchant downloads their own file to check it.
  const [ownDownload] = await Promise.all([page.waitForEvent("download"), bundleRow.getByRole("link", { name: `Download ${bundle.name}` }).click()]);
  expect(ownDownload.suggestedFilename()).toBe(bundle.name);
  expect((await readFile((await ownDownload.path())!)).equals(bundle.buffer)).toBe(true);
  await shot(page, "files-3-list.png");

  // A Downloadables benefit with both files, the manual first.
  await createDownloadablesBenefit(page, base, "Template bundle", [bundle.name, manual.name]);
  await page.getByRole("button", { name: `Move ${manual.name} up` }).click();
  const picked = page.getByRole("list", { name: "Files in this benefit" }).getByTestId("benefit-file");
  await expect(picked.nth(0)).toContainText(manual.name);
  await expect(picked.nth(1)).toContainText(bundle.name);
  await expect(picked.nth(1)).toContainText("version 2.1");
  await expect(page.getByText("Archived files are hidden from new buyers; customers who already have them keep them.").first()).toBeVisible();
  await shot(page, "files-4-benefit-form.png");
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/benefits$`));

  // A product with the benefit, and a test purchase of it.
  await createProduct(page, base, "Template Pack", "Template bundle");
  const customerId = await buyAsNewCustomer(page, base, "Template Pack");
  await expect(page.getByRole("table", { name: "Benefit grants" }).getByRole("row", { name: /Template bundle/ })).toContainText("Granted");

  // The customer opens the portal link in their own browser and downloads both files.
  const token = await createApiToken(page, base, "Portal links");
  const portalUrl = await portalLink(request, token, customerId);
  const customerContext = await browser.newContext({ acceptDownloads: true });
  const portal = await customerContext.newPage();
  try {
    await portal.goto(portalUrl);
    const card = portal.getByRole("article", { name: "Template bundle" });
    const files = card.getByTestId("portal-file");
    await expect(files).toHaveCount(2);
    await expect(files.nth(0)).toContainText(manual.name);
    await expect(files.nth(1)).toContainText(bundle.name);
    await expect(files.nth(1)).toContainText("version 2.1");
    await expect(files.nth(1).getByTestId("checksum")).toHaveAttribute("title", sha256Hex(bundle.buffer));
    await shot(portal, "files-5-portal.png");

    for (const file of [manual, bundle]) {
      const [download] = await Promise.all([portal.waitForEvent("download"), card.getByRole("link", { name: `Download ${file.name}` }).click()]);
      expect(download.suggestedFilename()).toBe(file.name);
      const bytes = await readFile((await download.path())!);
      expect(bytes.length).toBe(file.buffer.length);
      expect(bytes.equals(file.buffer)).toBe(true);
    }
  } finally {
    await customerContext.close();
  }

  // The merchant sees the customer's download on the file's page.
  await page.goto(`${base}/files`);
  await page.getByRole("link", { name: bundle.name, exact: true }).click();
  const downloads = page.getByTestId("download-row");
  await expect(downloads).toHaveCount(1, { timeout: 30_000 });
  await expect(downloads.first().getByRole("cell").nth(2)).toHaveText("1");
  await shot(page, "files-6-download-counts.png");
});

test("a failed part is retried by itself, and a file whose checksum does not match is refused with the server's message", async ({ page }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;
  const retried = { name: "retried.bin", mimeType: "application/octet-stream", buffer: randomBytes(1_500_000) };
  const corrupt = { name: "corrupt.bin", mimeType: "application/octet-stream", buffer: randomBytes(800_000) };

  // The first PUT of retried.bin's part fails on the network; corrupt.bin declares a wrong SHA-256.
  let failedOnce = false;
  await page.route("**/v1/files/*/parts/*", async (route) => {
    const body = route.request().postDataBuffer();
    if (!failedOnce && body?.length === retried.buffer.length) {
      failedOnce = true;
      return route.abort("connectionreset");
    }
    return route.continue();
  });
  await page.route("**/v1/files/", async (route) => {
    const body = route.request().postDataJSON() as { name?: string; checksum_sha256_base64?: string } | null;
    if (route.request().method() !== "POST" || body?.name !== corrupt.name) return route.continue();
    const wrong = createHash("sha256").update("something else").digest("base64");
    return route.continue({ postData: JSON.stringify({ ...body, checksum_sha256_base64: wrong }) });
  });

  const dialog = await uploadFromFilesPage(page, base, [retried, corrupt]);
  const retriedItem = dialog.getByTestId("upload-item").filter({ hasText: retried.name });
  const corruptItem = dialog.getByTestId("upload-item").filter({ hasText: corrupt.name });
  await expect(retriedItem.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Uploaded · retried 1×", { timeout: 30_000 });
  expect(failedOnce).toBe(true);
  await expect(corruptItem.getByRole("alert")).toContainText("does not match the declared checksum");
  await expect(corruptItem.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "Failed");
  await shot(page, "files-7-retry-and-refusal.png");

  await dialog.getByRole("button", { name: "Close" }).click();
  const rows = page.getByTestId("file-row");
  await expect(rows.filter({ hasText: retried.name })).toHaveCount(1);
  await expect(rows.filter({ hasText: retried.name }).getByTestId("checksum")).toHaveAttribute("title", sha256Hex(retried.buffer));
  // The refused file was discarded: it is not listed.
  await expect(rows.filter({ hasText: corrupt.name })).toHaveCount(0);

  // Delete, after confirming.
  await rows.filter({ hasText: retried.name }).getByRole("button", { name: `Delete ${retried.name}` }).click();
  await expect(page.getByRole("dialog")).toContainText("Customers who were already granted it keep downloading it.");
  await page.getByRole("dialog").getByRole("button", { name: "Delete file" }).click();
  await expect(page.getByText("No files yet")).toBeVisible();
});

test("replacing a file keeps its place and the old version for its holders; an archived file stays with them but not new buyers", async ({ page, browser, request }) => {
  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;
  const guide = { name: "guide.pdf", mimeType: "application/pdf", buffer: randomBytes(300_000) };
  const extras = { name: "extras.zip", mimeType: "application/zip", buffer: randomBytes(200_000) };
  const guideV2 = { name: "guide-v2.pdf", mimeType: "application/pdf", buffer: randomBytes(350_000) };

  const dialog = await uploadFromFilesPage(page, base, [guide, extras]);
  await expect(dialog.getByRole("progressbar", { name: `Upload of ${guide.name}` })).toHaveAttribute("aria-valuetext", /^Uploaded/, { timeout: 30_000 });
  await expect(dialog.getByRole("progressbar", { name: `Upload of ${extras.name}` })).toHaveAttribute("aria-valuetext", /^Uploaded/, { timeout: 30_000 });
  await createDownloadablesBenefit(page, base, "Course material", [guide.name, extras.name]);
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/benefits$`));
  await createProduct(page, base, "Course", "Course material");
  const firstBuyer = await buyAsNewCustomer(page, base, "Course");
  await expect(page.getByRole("table", { name: "Benefit grants" }).getByRole("row", { name: /Course material/ })).toContainText("Granted");

  // Edit the benefit: a new version of the guide in its place, and the extras archived.
  await page.goto(`${base}/benefits`);
  await page.getByRole("link", { name: "Course material" }).first().click();
  await page.getByRole("button", { name: `Replace ${guide.name} with a new version` }).click();
  const replace = page.getByRole("dialog");
  await replace.getByLabel("Version label of the new file", { exact: true }).fill("2.0");
  await replace.getByTestId("file-input").setInputFiles(guideV2);
  await expect(replace).toBeHidden({ timeout: 30_000 });
  const picked = page.getByRole("list", { name: "Files in this benefit" }).getByTestId("benefit-file");
  await expect(picked.nth(0)).toContainText(guideV2.name);
  await expect(picked.nth(0)).toContainText("version 2.0");
  // The replaced guide is no longer offered to add; the new version is.
  await expect(page.getByRole("button", { name: `Add ${guide.name}` })).toHaveCount(0);
  await page.getByLabel(`Archived (${extras.name})`).check();
  await expect(picked.nth(1)).toContainText("Archived");
  await shot(page, "files-8-replace-and-archive.png");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved", { exact: true })).toBeVisible();

  // A new buyer gets the new version only.
  const secondBuyer = await buyAsNewCustomer(page, base, "Course");
  await expect(page.getByRole("table", { name: "Benefit grants" }).getByRole("row", { name: /Course material/ })).toContainText("Granted");
  const token = await createApiToken(page, base, "Portal links");

  const context = await browser.newContext({ acceptDownloads: true });
  const portal = await context.newPage();
  try {
    // The first buyer: the new version first (in the guide's place), the version they had, and the archived extras.
    await portal.goto(await portalLink(request, token, firstBuyer));
    const files = portal.getByRole("article", { name: "Course material" }).getByTestId("portal-file");
    await expect(async () => {
      await portal.reload();
      await expect(files).toHaveCount(3, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(files.nth(0)).toContainText(guideV2.name);
    await expect(files.nth(0)).toContainText("version 2.0");
    await expect(files.nth(1)).toContainText(guide.name);
    await expect(files.nth(1)).toContainText("older version");
    await expect(files.nth(2)).toContainText(extras.name);
    await shot(portal, "files-9-portal-existing-customer.png");
    const [download] = await Promise.all([portal.waitForEvent("download"), files.nth(0).getByRole("link", { name: `Download ${guideV2.name}` }).click()]);
    expect((await readFile((await download.path())!)).equals(guideV2.buffer)).toBe(true);
    const [old] = await Promise.all([portal.waitForEvent("download"), files.nth(1).getByRole("link", { name: `Download ${guide.name}` }).click()]);
    expect((await readFile((await old.path())!)).equals(guide.buffer)).toBe(true);

    // The new buyer: only the new version.
    await context.clearCookies();
    await portal.goto(await portalLink(request, token, secondBuyer));
    await expect(files).toHaveCount(1);
    await expect(files.nth(0)).toContainText(guideV2.name);
    await shot(portal, "files-10-portal-new-customer.png");
  } finally {
    await context.close();
  }
});
