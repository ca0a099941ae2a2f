// Discord end to end against the fake Discord the app server uses (FAKE_DISCORD_URL): the merchant
// adds the bot to their server from Integrations (the fake's consent page), creates a Discord
// benefit with the server and role pickers, records a purchase for a customer who has not
// connected Discord (action required), and the customer connects Discord from the portal through
// the fake OAuth page and sees the benefit become granted — the role is on their Discord member.
// Screenshots: test-results/**/discord-*.png.
import { expect, test, type Page } from "@playwright/test";
import { createApiToken, recordTestPurchase, signUpMerchant, uniqueEmail, uniqueSuffix } from "./helpers";

const fakeUrl = () => {
  const url = process.env.FAKE_DISCORD_URL;
  if (!url) throw new Error("FAKE_DISCORD_URL is not set: the app server must use the fake Discord started by test/fakes/start-fakes.ts");
  return url;
};
async function fake<T>(path: string, json?: unknown): Promise<T> {
  const res = await fetch(`${fakeUrl()}/_fake${path}`, {
    method: json === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  expect(res.ok).toBe(true);
  return (await res.json()) as T;
}
type FakeGuild = { id: string; name: string; roles: { id: string; name: string }[]; members: { user_id: string; roles: string[] }[] };

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });

test.describe.configure({ timeout: 120_000 });

test("a merchant connects a Discord server; a customer connects Discord in the portal and gets the role", async ({ page, browser, request }) => {
  // The merchant's Discord server, without the bot yet.
  const suffix = uniqueSuffix();
  const guild = await fake<FakeGuild>("/guilds", { name: `Makers ${suffix}`, roles: [{ name: "Premium" }], bot: false });
  const premium = guild.roles.find((r) => r.name === "Premium")!;
  const discordUser = await fake<{ id: string; username: string }>("/users", { username: `buyer_${suffix}` });

  const { orgSlug } = await signUpMerchant(page);
  const base = `/dashboard/${orgSlug}`;

  // Integrations → add the bot → Discord's consent page (the fake) → back, connected.
  await page.goto(`${base}/integrations`);
  await page.getByRole("link", { name: "Add to a Discord server" }).click();
  await expect(page.getByRole("heading", { name: "Fake Discord" })).toBeVisible();
  await page.getByLabel("Server").selectOption(guild.id);
  await shot(page, "discord-1-bot-consent.png");
  await page.getByRole("button", { name: "Authorize" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/integrations\\?discord_connected=`));
  const servers = page.getByRole("list", { name: "Connected Discord servers" });
  await expect(servers).toContainText(guild.name);
  await expect(servers).toContainText("Working");
  await shot(page, "discord-2-integrations.png");
  // Later, a server admin creates a role above the bot's.
  await fake(`/guilds/${guild.id}/roles`, { name: "Staff", position: 50 });

  // A Discord benefit from the pickers: the server, then a role the bot can give.
  await page.goto(`${base}/benefits/new`);
  await page.getByRole("list", { name: "Benefit types" }).getByRole("link", { name: /^Discord/ }).click();
  await page.getByLabel("Description", { exact: true }).fill("Premium Discord");
  await page.getByRole("combobox", { name: "Server" }).click();
  await page.getByRole("option", { name: guild.name }).click();
  // The roles come from Discord once the server is picked; open the picker when they are there.
  await expect(page.getByText("Roles the bot cannot assign are shown with the reason.")).toBeVisible();
  await expect(async () => {
    await page.keyboard.press("Escape");
    await page.getByRole("combobox", { name: "Role 1" }).click({ timeout: 2000 });
    await expect(page.getByRole("option", { name: "Premium", exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  // Above the bot's role: listed, but not selectable, with the reason.
  await expect(page.getByRole("option", { name: /^Staff — This role is at or above the bot's highest role/ })).toHaveAttribute("aria-disabled", "true");
  // Not full-page: resizing the viewport for it would close the open picker.
  await page.screenshot({ path: test.info().outputPath("discord-3-role-picker.png") });
  await page.getByRole("option", { name: "Premium", exact: true }).click();
  await page.getByRole("button", { name: "Create benefit" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/benefits$`));

  // A product with it, a customer and a test purchase: the grant waits for the customer's Discord.
  await page.goto(`${base}/products/new`);
  await page.getByLabel("Name", { exact: true }).fill("Community access");
  await page.getByLabel("Price", { exact: true }).fill("10");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/products/[0-9a-f-]{36}$`), { timeout: 30_000 });
  await page.getByLabel("Attach benefit", { exact: true }).click();
  await page.getByRole("option", { name: /Premium Discord/ }).click();
  await page.getByRole("button", { name: "Attach", exact: true }).click();
  await page.goto(`${base}/customers`);
  await page.getByRole("button", { name: "New customer" }).click();
  await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("discord-buyer"));
  await page.getByRole("button", { name: "Create customer" }).click();
  // (next dev may compile the page first)
  await expect(page).toHaveURL(new RegExp(`${base}/customers/[0-9a-f-]{36}$`), { timeout: 30_000 });
  const customerId = page.url().split("/").pop()!;
  await recordTestPurchase(page, "Community access");

  // A portal link, as the merchant's server would ask for it.
  const token = await createApiToken(page, base, "Portal links");
  const created = await request.post("/v1/customer-sessions/", { headers: { authorization: `Bearer ${token}` }, data: { customer_id: customerId } });
  expect(created.status()).toBe(201);
  const { customer_portal_url: portalUrl } = (await created.json()) as { customer_portal_url: string };

  // The customer, in their own browser.
  const customerContext = await browser.newContext();
  const portal = await customerContext.newPage();
  try {
    await portal.goto(portalUrl);
    const card = portal.getByRole("article", { name: "Premium Discord" });
    await expect(async () => {
      await portal.reload();
      await expect(card).toContainText(/Connect your Discord account/, { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await shot(portal, "discord-4-action-required.png");
    await card.getByRole("link", { name: /Connect Discord/ }).click();

    // Discord's consent page (the fake): who the customer is on Discord, then "Authorize".
    await expect(portal.getByRole("heading", { name: "Fake Discord" })).toBeVisible();
    await expect(portal.getByText("identify guilds.join")).toBeVisible();
    await portal.getByLabel("Discord username").fill(discordUser.username);
    await shot(portal, "discord-5-oauth-consent.png");
    await portal.getByRole("button", { name: "Authorize" }).click();

    // Back in the portal: the grant proceeds on its own and shows as delivered.
    await expect(portal).toHaveURL(new RegExp(`/portal/${orgSlug}`));
    await expect(async () => {
      await portal.reload();
      await expect(card).toContainText("You are in the merchant’s Discord server", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await shot(portal, "discord-6-granted.png");
  } finally {
    await customerContext.close();
  }

  // And Discord agrees: the customer's account is a member with the role.
  const after = await fake<FakeGuild>(`/guilds/${guild.id}`);
  expect(after.members.find((m) => m.user_id === discordUser.id)?.roles).toEqual([premium.id]);
});
