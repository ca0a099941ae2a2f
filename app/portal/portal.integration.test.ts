import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { api, createTestCustomer, createTestProduct } from "@/test/factories";
import { createBuyer, createPortalShop, NOTE, postSession, sessionToken } from "@/test/portal-fixtures";

const EXPIRED_TEXT = "This link has expired";

/** Follows a portal link the way a browser does, one hop at a time. */
async function open(path: string, cookie?: string) {
  return api(path, { redirect: "manual", headers: cookie ? { cookie } : {} });
}

function portalCookieOf(res: Response): { pair: string; attributes: string } {
  const [header] = res.headers.getSetCookie();
  expect(header).toBeDefined();
  const [pair, ...attributes] = header.split(";").map((p) => p.trim());
  return { pair, attributes: attributes.join("; ") };
}

/** The page's HTML without React's text-node separators, so sentences read as rendered. */
async function htmlOf(res: Response): Promise<string> {
  return (await res.text()).replaceAll("<!-- -->", "");
}

/** Signs in through the portal link and returns the cookie header the browser then sends. */
async function signIn(slug: string, token: string): Promise<string> {
  const link = await open(`/portal/${slug}?customer_session_token=${token}`);
  const exchange = await open(link.headers.get("location")!);
  return portalCookieOf(exchange).pair;
}

describe("portal sign-in", () => {
  test("the link signs in with an httpOnly, SameSite=Lax cookie for that organization, then lands on the clean URL", async () => {
    const shop = await createPortalShop();
    const { customer } = await createBuyer(shop);
    const created = await postSession(shop.token, { customer_id: customer.id, return_url: "https://shop.example/account" });
    const token = created.body.token as string;

    const link = await open(`/portal/${shop.org.slug}?customer_session_token=${token}`);
    expect(link.status).toBe(307);
    expect(link.headers.get("location")).toBe(`/portal/${shop.org.slug}/session?customer_session_token=${token}`);
    expect(link.headers.getSetCookie()).toEqual([]);

    const exchange = await open(link.headers.get("location")!);
    expect(exchange.status).toBe(303);
    expect(exchange.headers.get("location")).toBe(`/portal/${shop.org.slug}`);
    const cookie = portalCookieOf(exchange);
    expect(cookie.pair).toBe(`bfr_portal_${shop.org.id}=${token}`);
    expect(cookie.attributes).toMatch(/HttpOnly/i);
    expect(cookie.attributes).toMatch(/SameSite=lax/i);
    expect(cookie.attributes).toMatch(/Path=\//);
    const session = await db.customerSession.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(new Date(cookie.attributes.match(/Expires=([^;]+)/i)![1]).getTime()).toBe(Math.floor(session.expiresAt.getTime() / 1000) * 1000);

    const page = await open(`/portal/${shop.org.slug}`, cookie.pair);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(customer.email);
    expect(html).toContain(shop.org.name);
    expect(html).toContain("Desktop license");
    expect(html).toContain(shop.product.name);
    // The note's markdown is rendered, not shown raw.
    expect(html).toContain("<strong>Thanks!</strong>");
    expect(html).not.toContain(NOTE);
    expect(html).toContain('href="https://shop.example/account"');
  });

  test("the note's raw HTML and script links never reach the page", async () => {
    const shop = await createPortalShop();
    await db.benefit.update({
      where: { id: shop.benefits.note.id },
      data: { properties: { note: 'Hi <script>alert(1)</script><img src=x onerror="alert(2)"> [click](javascript:alert(3)) [ok](https://example.com/ok)' } },
    });
    const { customer } = await createBuyer(shop);
    const cookie = await signIn(shop.org.slug, await sessionToken(shop.token, customer.id));
    const html = await (await open(`/portal/${shop.org.slug}`, cookie)).text();
    const note = html.slice(html.indexOf('data-testid="benefit-note"'), html.indexOf("</div>", html.indexOf('data-testid="benefit-note"')));
    expect(note).toContain('href="https://example.com/ok"');
    expect(note).toContain('rel="noopener noreferrer nofollow"');
    expect(note).not.toMatch(/<script|<img|onerror|javascript:/i);
  });

  test("an expired, unknown or other organization's link shows the expiry page with a 404, and sets no cookie", async () => {
    const shop = await createPortalShop();
    const other = await createPortalShop();
    const { customer } = await createBuyer(shop);
    const theirs = await createTestCustomer(other.org.id);
    const expired = await sessionToken(shop.token, customer.id);
    await db.customerSession.updateMany({ where: { customerId: customer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const otherOrgToken = await sessionToken(other.token, theirs.id);

    for (const token of [expired, "bfr_cst_not-a-real-token", "junk", otherOrgToken]) {
      const res = await open(`/portal/${shop.org.slug}?customer_session_token=${encodeURIComponent(token)}`);
      expect(res.status).toBe(404);
      expect(res.headers.getSetCookie()).toEqual([]);
      expect(await res.text()).toContain(EXPIRED_TEXT);
      // Straight to the exchange: no cookie either, back to the portal (which then says expired).
      const exchange = await open(`/portal/${shop.org.slug}/session?customer_session_token=${encodeURIComponent(token)}`);
      expect(exchange.status).toBe(303);
      expect(exchange.headers.getSetCookie()).toEqual([]);
    }
    const noSession = await open(`/portal/${shop.org.slug}`);
    expect(noSession.status).toBe(404);
    expect(await noSession.text()).toContain(EXPIRED_TEXT);
  });

  test("a cookie works only in its own organization's portal, and only while the session lives", async () => {
    const shop = await createPortalShop();
    const other = await createPortalShop();
    const { customer } = await createBuyer(shop);
    const token = await sessionToken(shop.token, customer.id);
    const cookie = await signIn(shop.org.slug, token);

    // The same token under the other organization's cookie name, at the other portal.
    const forged = `bfr_portal_${other.org.id}=${token}`;
    expect((await open(`/portal/${other.org.slug}`, forged)).status).toBe(404);
    expect((await open(`/portal/${other.org.slug}`, cookie)).status).toBe(404);

    await db.customerSession.updateMany({ where: { customerId: customer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const afterExpiry = await open(`/portal/${shop.org.slug}`, cookie);
    expect(afterExpiry.status).toBe(404);
    expect(await afterExpiry.text()).toContain(EXPIRED_TEXT);
  });

  test("a deleted customer's session stops working at once", async () => {
    const shop = await createPortalShop();
    const { customer } = await createBuyer(shop);
    const cookie = await signIn(shop.org.slug, await sessionToken(shop.token, customer.id));
    expect((await open(`/portal/${shop.org.slug}`, cookie)).status).toBe(200);
    await db.customer.update({ where: { id: customer.id }, data: { deletedAt: new Date() } });
    expect((await open(`/portal/${shop.org.slug}`, cookie)).status).toBe(404);
  });

  test("benefits not delivered say so: being delivered, what to do, or that delivery failed", async () => {
    const shop = await createPortalShop();
    const { customer, grants } = await createBuyer(shop);
    const [note, license] = grants;
    const cookie = await signIn(shop.org.slug, await sessionToken(shop.token, customer.id));
    const error = (message: string) => ({ message, type: "test", timestamp: new Date().toISOString() });

    await db.benefitGrant.update({ where: { id: note.id }, data: { status: "pending" } });
    await db.benefitGrant.update({ where: { id: license.id }, data: { status: "action_required", error: error("Connect your GitHub account to get access.") } });
    let html = await htmlOf(await open(`/portal/${shop.org.slug}`, cookie));
    expect(html).toContain("Being delivered…");
    expect(html).toContain("Connect your GitHub account to get access.");
    expect(html).not.toContain('data-testid="license-key"');

    await db.benefitGrant.update({ where: { id: license.id }, data: { status: "failed", error: error("The integration is not configured") } });
    await db.benefitGrant.update({ where: { id: note.id }, data: { status: "revoked", revokedAt: new Date() } });
    html = await htmlOf(await open(`/portal/${shop.org.slug}`, cookie));
    expect(html).toContain("Delivery failed: The integration is not configured");
    expect(html).toContain(`${shop.org.name} has been notified`);
    // A revoked grant is no longer the customer's: it is not listed at all.
    expect(html).not.toContain("Onboarding call");
  });

  test("without customer admin the activations are listed but cannot be deactivated from the portal", async () => {
    const shop = await createPortalShop({ enableCustomerAdmin: false });
    const { customer, key } = await createBuyer(shop);
    await db.licenseKeyActivation.create({ data: { licenseKeyId: key.id, label: "Studio iMac" } });
    const cookie = await signIn(shop.org.slug, await sessionToken(shop.token, customer.id));
    const html = await (await open(`/portal/${shop.org.slug}`, cookie)).text();
    expect(html).toContain("Studio iMac");
    expect(html).toContain("ask the merchant to free an activation");
    expect(html).not.toContain("Deactivate");
  });

  test("subscriptions show their renewal or end date, orders their amount and refunds, benefits newest purchase first", async () => {
    const shop = await createPortalShop();
    const { customer, order } = await createBuyer(shop);
    const monthly = await createTestProduct(shop.org.id, { name: "Pro Monthly", recurring_interval: "month", benefitIds: [shop.benefits.note.id] });
    const periodEnd = "2031-03-15T12:00:00.000Z";
    const sub = await api("/v1/subscriptions/", {
      method: "POST",
      token: shop.token,
      json: { customer_id: customer.id, product_id: monthly.id, current_period_end: periodEnd, amount: 1500, currency: "eur" },
    });
    expect(sub.status).toBe(201);
    const cookie = await signIn(shop.org.slug, await sessionToken(shop.token, customer.id));

    let html = await htmlOf(await open(`/portal/${shop.org.slug}`, cookie));
    expect(html).toContain("€15.00 · Renews Mar 15, 2031");
    expect(html).toContain("$10.00");
    // The subscription's note comes first (newest purchase), then the order's two benefits.
    expect(html.indexOf("Subscription: Pro Monthly")).toBeLessThan(html.indexOf(`Purchase: ${shop.product.name}`));

    const { id } = (await sub.json()) as { id: string };
    const canceled = await api(`/v1/subscriptions/${id}`, { method: "PATCH", token: shop.token, json: { cancel_at_period_end: true } });
    expect(canceled.status).toBe(200);
    const refund = await api(`/v1/orders/${order.id}/refund`, { method: "POST", token: shop.token, json: { amount: 400 } });
    expect(refund.status).toBe(200);
    html = await htmlOf(await open(`/portal/${shop.org.slug}`, cookie));
    expect(html).toContain("€15.00 · Ends Mar 15, 2031");
    expect(html).toContain("$10.00 · $4.00 refunded");
    expect(html).toContain("Partially refunded");
  });
});
