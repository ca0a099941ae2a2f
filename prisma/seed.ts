// Demo data for the embedded default: a merchant, an organization with products carrying one
// benefit of each type, and a customer who bought the lifetime license (so the portal has a key
// to show). Safe to run on every start: it does nothing twice — except open a fresh portal
// session for the demo customer, since a portal link lives one hour.
import { createCustomerSession } from "@/lib/auth/customer-session-create";
import { createBenefit, type CreateBenefitInput } from "@/lib/benefits/create-benefit";
import { db } from "@/lib/db";
import { createOrganization } from "@/lib/organizations/create-organization";
import { createOrder } from "@/lib/purchases/create-order";
import { createOrderBody } from "@/lib/purchases/order-input";
import { createUser } from "@/lib/users/create-user";

import DEMO from "./demo-account.json";

async function seed() {
  const existing = await db.organization.findUnique({ where: { slug: DEMO.orgSlug } });
  if (existing) return { created: false, org: existing };

  const user =
    (await db.user.findUnique({ where: { email: DEMO.email } })) ??
    (await createUser(db, { email: DEMO.email, password: DEMO.password, name: "Demo Merchant" }));
  const org = await createOrganization(db, { name: "Demo Store", slug: DEMO.orgSlug }, user.id);
  const meter = await db.meter.create({
    data: {
      organizationId: org.id,
      name: "API calls",
      filter: { conjunction: "and", clauses: [{ property: "name", operator: "eq", value: "api.call" }] },
      aggregation: { func: "count" },
    },
  });

  // With a Discord bot configured (FAKE_PROVIDERS=1 runs the fake, which has this server), the
  // Discord benefit must name a server the bot was added to: record the demo server as added.
  if (process.env.DISCORD_BOT_TOKEN) {
    await db.organizationIntegration.create({
      data: { organizationId: org.id, platform: "discord", kind: "discord_bot", externalId: "123456789012345678", name: "Demo Server" },
    });
  }

  const specs: CreateBenefitInput[] = [
    { type: "license_keys", description: "Software license", properties: { prefix: "DEMO", expires: false, activations: 3, limit_usage: false }, metadata: {} },
    { type: "github_repository", description: "Access to the private repo", properties: { repository_owner: "demo-org", repository_name: "private-repo", permission: "pull" }, metadata: {} },
    { type: "discord", description: "Premium Discord role", properties: { guild_id: "123456789012345678", role_id: "987654321098765432" }, metadata: {} },
    { type: "downloadables", description: "Premium templates", properties: { files: [{ name: "template1.zip", size: 5_000_000 }, { name: "template2.psd", size: 10_000_000 }] }, metadata: {} },
    { type: "meter_credit", description: "10,000 API credits", properties: { meter_id: meter.id, units: 10_000, rollover: false }, metadata: {} },
    { type: "custom", description: "Priority support via email", properties: { note: "Email support@example.com with your order ID for priority support." }, metadata: {} },
  ];
  const benefits: Awaited<ReturnType<typeof createBenefit>>[] = [];
  for (const spec of specs) benefits.push(await createBenefit(db, org.id, spec));

  const products = [
    { name: "Pro License", description: "Lifetime license with templates and priority support.", recurringInterval: null, amount: 9900, benefits: [0, 3, 5] },
    { name: "Pro Monthly", description: "Everything, billed monthly.", recurringInterval: "month" as const, amount: 1900, benefits: [0, 1, 2, 3, 4, 5] },
  ];
  const productIds: string[] = [];
  for (const p of products) {
    const { id } = await db.product.create({
      data: {
        organizationId: org.id,
        name: p.name,
        description: p.description,
        recurringInterval: p.recurringInterval,
        recurringIntervalCount: p.recurringInterval ? 1 : null,
        prices: { create: [{ amountType: "fixed", priceAmount: p.amount, priceCurrency: "usd" }] },
        productBenefits: { create: p.benefits.map((i, position) => ({ benefitId: benefits[i].id, position })) },
      },
      select: { id: true },
    });
    productIds.push(id);
  }
  const jane = await db.customer.create({
    data: { organizationId: org.id, email: DEMO.customerEmail, name: "Jane Customer", externalId: DEMO.customerExternalId },
  });
  // Through the same path as POST /v1/orders/: the key and the note are delivered before it returns.
  await createOrder(db, org.id, createOrderBody.parse({ product_id: productIds[0], customer_id: jane.id }));
  return { created: true, org };
}

async function portalLink(organizationId: string) {
  const jane = await db.customer.findFirst({ where: { organizationId, externalId: DEMO.customerExternalId, deletedAt: null } });
  if (!jane) return null;
  const baseUrl = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const session = await createCustomerSession(db, organizationId, { customer_id: jane.id, external_customer_id: undefined, return_url: null }, baseUrl);
  return session.customer_portal_url;
}

seed()
  .then(async ({ created, org }) => {
    const portal = await portalLink(org.id);
    console.log(
      [
        "",
        `  Demo organization "${org.name}" ${created ? "created" : "already present"}.`,
        `  Sign in as ${DEMO.email} / ${DEMO.password}`,
        ...(portal ? [`  Customer portal of ${DEMO.customerEmail} (link valid one hour): ${portal}`] : []),
        "",
      ].join("\n"),
    );
  })
  .catch((err) => {
    console.error("Seeding failed:", err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
