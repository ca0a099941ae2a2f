// Demo data for the embedded default: a merchant, an organization with products carrying one
// benefit of each type, and a customer. Safe to run on every start: it does nothing twice.
import { createBenefit, type CreateBenefitInput } from "@/lib/benefits/create-benefit";
import { db } from "@/lib/db";
import { createOrganization } from "@/lib/organizations/create-organization";
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
  for (const p of products) {
    await db.product.create({
      data: {
        organizationId: org.id,
        name: p.name,
        description: p.description,
        recurringInterval: p.recurringInterval,
        recurringIntervalCount: p.recurringInterval ? 1 : null,
        prices: { create: [{ amountType: "fixed", priceAmount: p.amount, priceCurrency: "usd" }] },
        productBenefits: { create: p.benefits.map((i, position) => ({ benefitId: benefits[i].id, position })) },
      },
    });
  }
  await db.customer.create({
    data: { organizationId: org.id, email: "jane@example.com", name: "Jane Customer", externalId: "user_1001" },
  });
  return { created: true, org };
}

seed()
  .then(({ created, org }) => {
    console.log(
      [
        "",
        `  Demo organization "${org.name}" ${created ? "created" : "already present"}.`,
        `  Sign in as ${DEMO.email} / ${DEMO.password}`,
        "",
      ].join("\n"),
    );
  })
  .catch((err) => {
    console.error("Seeding failed:", err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
