// Helpers for the purchase integration tests (imported by *.integration.test.ts only).
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { GrantScope } from "@/lib/grants/set-scope-grants";
import { api, createTestBenefit, createTestOrg, createTestProduct } from "@/test/factories";

export const anId = expect.any(String);
export const aDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

export function validation(...issues: [(string | number)[], string, string?][]) {
  return { error: "RequestValidationError", detail: issues.map(([loc, msg, type]) => ({ loc, msg, type: type ?? "value_error" })) };
}

/**
 * An organization with three custom benefits and three products: a one-time product [a, b], a
 * monthly one [a, b] and a yearly one [b, c] (benefit order = grant order).
 */
export async function createCatalog(options: { graceDays?: number } = {}) {
  const env = await createTestOrg();
  if (options.graceDays !== undefined) {
    await db.organization.update({ where: { id: env.org.id }, data: { pastDueGraceDays: options.graceDays } });
  }
  const [a, b, c] = await Promise.all(["A", "B", "C"].map((n) => createTestBenefit(env.org.id, { description: `Benefit ${n}` })));
  const oneTime = await createTestProduct(env.org.id, { benefitIds: [a.id, b.id] });
  const monthly = await createTestProduct(env.org.id, {
    recurring_interval: "month",
    prices: [{ amount_type: "fixed", price_amount: 1500, price_currency: "eur" }],
    benefitIds: [a.id, b.id],
  });
  const yearly = await createTestProduct(env.org.id, { recurring_interval: "year", benefitIds: [b.id, c.id] });
  return { ...env, benefits: { a, b, c }, products: { oneTime, monthly, yearly } };
}

/** The scope's grants, targeted-granted first, each group in grant order: [benefitId, target, position]. */
export async function targets(scope: GrantScope) {
  const rows = await db.benefitGrant.findMany({
    where: scope.orderId ? { orderId: scope.orderId } : { subscriptionId: scope.subscriptionId },
    orderBy: [{ target: "asc" }, { position: "asc" }, { benefitId: "asc" }],
    select: { benefitId: true, target: true, position: true },
  });
  return rows.map((r) => [r.benefitId, r.target, r.position]);
}

/** Benefit ids the scope's grants target `granted`, in grant order. */
export async function grantedBenefits(scope: GrantScope) {
  return (await targets(scope)).filter(([, target]) => target === "granted").map(([id]) => id);
}

/** Stands in for the job runner: marks the scope's grants as delivered (status = target). */
export async function deliver(scope: GrantScope) {
  const where = scope.orderId ? { orderId: scope.orderId } : { subscriptionId: scope.subscriptionId };
  await db.benefitGrant.updateMany({ where: { ...where, target: "granted" }, data: { status: "granted", grantedAt: new Date() } });
  await db.benefitGrant.updateMany({ where: { ...where, target: "revoked" }, data: { status: "revoked", revokedAt: new Date() } });
}

/** How many outbox events of `name` point at each of the scope's grants, keyed by benefit id. */
export async function outboxCounts(scope: GrantScope, name: string) {
  const grants = await db.benefitGrant.findMany({
    where: scope.orderId ? { orderId: scope.orderId } : { subscriptionId: scope.subscriptionId },
    select: { id: true, benefitId: true },
  });
  const rows = await db.outbox.findMany({ where: { name }, select: { data: true } });
  const counts: Record<string, number> = {};
  for (const g of grants) counts[g.benefitId] = rows.filter((r) => (r.data as { grantId?: string }).grantId === g.id).length;
  return counts;
}

/** A raw JSON call with the org's token; resolves to [status, body]. */
export async function call(token: string, method: string, path: string, json?: unknown, headers: Record<string, string> = {}) {
  const res = await api(path, { method, token, json, headers });
  const text = await res.text();
  return [res.status, text ? JSON.parse(text) : null, res.headers] as const;
}
