// One benchmark run against the database in DATABASE_URL (spawned by bench/grants.ts, which
// picks the database). Prints one JSON line with the measurements.
//   purchase → granted: a one-time order of a product with one custom benefit, recorded through
//     createOrder (what POST /v1/orders/ calls), until the in-process runner has granted it.
//     Baseline: the same customer lock + order insert + grant insert as one bare transaction.
//   re-grant fan-out: N granted grants of one benefit, then a properties edit; time until every
//     reapply job completed. Baseline: N bare per-grant transactions (lock customer, update the
//     grant) at the same concurrency — the floor any engine pays per grant.
import { performance } from "node:perf_hooks";
import type { EventData } from "@/inngest/events";
import { updateBenefitBody } from "@/lib/benefits/benefit-input";
import { createBenefit } from "@/lib/benefits/create-benefit";
import { updateBenefit } from "@/lib/benefits/update-benefit";
import { db } from "@/lib/db";
import { reapplyGrant } from "@/lib/grants/reapply-grant";
import { reconcileGrant } from "@/lib/grants/reconcile-grant";
import { failureHooks } from "@/lib/jobs/failure-hooks";
import { handlers } from "@/lib/jobs/handlers";
import { startRunner } from "@/lib/jobs/start-runner";
import { createOrganization } from "@/lib/organizations/create-organization";
import { createOrder } from "@/lib/purchases/create-order";
import { createOrderBody } from "@/lib/purchases/order-input";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const PURCHASES = Number(args.purchases ?? 200);
const FANOUT = Number(args.fanout ?? 10_000);
const CONCURRENCY = Number(args.concurrency ?? 4);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x: number) => Math.round(x * 100) / 100;

async function setup() {
  const suffix = Math.random().toString(36).slice(2, 8);
  const org = await createOrganization(db, { name: `Bench ${suffix}`, slug: `bench-${suffix}` });
  const benefit = await createBenefit(db, org.id, { type: "custom", description: "Bench note", properties: { note: "v1" }, metadata: {} });
  const product = await db.product.create({
    data: { organizationId: org.id, name: "Bench product", productBenefits: { create: [{ benefitId: benefit.id, position: 0 }] } },
  });
  return { org, benefit, product };
}

/** Resolves when the runner has finished reconciling the given grant. */
const grantWaiters = new Map<string, () => void>();

async function purchaseLatency(orgId: string, productId: string) {
  const samples: number[] = [];
  for (let i = 0; i < PURCHASES; i++) {
    const start = performance.now();
    const order = await createOrder(
      db,
      orgId,
      createOrderBody.parse({ product_id: productId, external_customer_id: `c-${i}`, customer_email: `c${i}@bench.test` }),
    );
    const grant = await db.benefitGrant.findFirstOrThrow({ where: { orderId: order.id }, select: { id: true, status: true } });
    if (grant.status !== "granted") await new Promise<void>((resolve) => grantWaiters.set(grant.id, resolve));
    samples.push(performance.now() - start);
  }
  return samples;
}

async function baselineLatency(orgId: string, productId: string, benefitId: string) {
  const customer = await db.customer.create({ data: { organizationId: orgId, email: "baseline@bench.test" } });
  const samples: number[] = [];
  for (let i = 0; i < PURCHASES; i++) {
    const start = performance.now();
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM customers WHERE id = ${customer.id}::uuid FOR UPDATE`;
      const order = await tx.order.create({ data: { organizationId: orgId, customerId: customer.id, productId } });
      await tx.benefitGrant.create({
        data: { organizationId: orgId, customerId: customer.id, benefitId, scope: `order:${order.id}`, orderId: order.id, status: "granted", grantedAt: new Date() },
      });
    });
    samples.push(performance.now() - start);
  }
  return samples;
}

/** N customers, each with a granted grant of the benefit, inserted in bulk. */
async function seedGrants(orgId: string, benefitId: string, n: number) {
  await db.$executeRaw`
    WITH c AS (
      INSERT INTO customers (id, organization_id, email, created_at, modified_at)
      SELECT gen_random_uuid(), ${orgId}::uuid, 'fan-' || g || '@bench.test', now(), now() FROM generate_series(1, ${n}) g
      RETURNING id)
    INSERT INTO benefit_grants (id, organization_id, customer_id, benefit_id, scope, status, target, properties, granted_at, created_at, modified_at)
    SELECT gen_random_uuid(), ${orgId}::uuid, c.id, ${benefitId}::uuid, 'manual:' || c.id, 'granted', 'granted', '{"note":"v1"}', now(), now(), now() FROM c`;
}

async function waitForOutboxDrained(since: Date) {
  for (;;) {
    const [{ left }] = await db.$queryRaw<{ left: bigint }[]>`
      SELECT count(*) AS left FROM outbox WHERE created_at >= ${since} AND completed_at IS NULL AND failed_at IS NULL`;
    if (left === BigInt(0)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function baselineFanout(benefitId: string) {
  const grants = await db.benefitGrant.findMany({ where: { benefitId }, select: { id: true, customerId: true } });
  let next = 0;
  const worker = async () => {
    while (next < grants.length) {
      const g = grants[next++];
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM customers WHERE id = ${g.customerId}::uuid FOR UPDATE`;
        await tx.benefitGrant.update({ where: { id: g.id }, data: { properties: { note: "baseline" } } });
      });
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return grants.length / ((performance.now() - start) / 1000);
}

async function main() {
  const label = args.label ?? "postgresql";
  const runner = startRunner({
    db,
    concurrency: CONCURRENCY,
    failureHooks,
    handlers: {
      ...handlers,
      "grants/grant.reconcile-requested": async (d, data: EventData<"grants/grant.reconcile-requested">) => {
        await reconcileGrant(d, data.grantId);
        grantWaiters.get(data.grantId)?.();
      },
      "grants/grant.reapply-requested": (d, data: EventData<"grants/grant.reapply-requested">) => reapplyGrant(d, data.grantId),
    },
  });
  const { org, benefit, product } = await setup();
  const engine = await purchaseLatency(org.id, product.id);
  const baseline = await baselineLatency(org.id, product.id, benefit.id);

  const fan = await setup();
  await seedGrants(fan.org.id, fan.benefit.id, FANOUT);
  const since = new Date(Date.now() - 1000);
  const start = performance.now();
  await updateBenefit(db, fan.org.id, fan.benefit.id, updateBenefitBody.parse({ properties: { note: "v2" } }));
  await waitForOutboxDrained(since);
  const fanoutPerSec = FANOUT / ((performance.now() - start) / 1000);
  const regranted = await db.benefitGrant.count({ where: { benefitId: fan.benefit.id, status: "granted", properties: { equals: { note: "v2" } } } });
  const fanoutBaseline = await baselineFanout(fan.benefit.id);
  await runner.stop();

  console.log(
    JSON.stringify({
      label,
      purchases: PURCHASES,
      purchase_to_granted_ms: { p50: round(pct(engine, 50)), p99: round(pct(engine, 99)) },
      baseline_bare_tx_ms: { p50: round(pct(baseline, 50)), p99: round(pct(baseline, 99)) },
      fanout: { grants: FANOUT, regranted, grants_per_s: Math.round(fanoutPerSec), baseline_grants_per_s: Math.round(fanoutBaseline) },
    }),
  );
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
