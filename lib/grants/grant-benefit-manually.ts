import { randomUUID } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { lockCustomerOrThrow } from "@/lib/customers/lock-customer-or-throw";
import type { Db } from "@/lib/db";
import { enqueueGrantJob } from "@/lib/grants/enqueue-grant-job";
import type { CreateGrantInput } from "@/lib/grants/grant-input";
import { grantSelect } from "@/lib/grants/serialize-grant";
import { notifyRunner } from "@/lib/jobs/notify-runner";

/**
 * A merchant gives a customer a benefit outside any purchase. The grant gets its own scope
 * (`manual:<uuid>`), so it neither touches nor is touched by the customer's orders and
 * subscriptions; the engine delivers it like any other. One live manual grant per customer ×
 * benefit: a second is a 409 (retry or revoke the first instead).
 */
export async function grantBenefitManually(db: Db, organizationId: string, input: CreateGrantInput) {
  const result = await db.$transaction(async (tx) => {
    const customer = await lockCustomerOrThrow(
      tx,
      organizationId,
      input.customer_id ? { id: input.customer_id } : { externalId: input.external_customer_id! },
    ).catch((err: unknown) => {
      if (!(err instanceof ApiError && err.code === "not_found")) throw err;
      const field = input.customer_id ? "customer_id" : "external_customer_id";
      throw ApiError.invalid(["body", field], "Customer not found in this organization");
    });
    const benefit = await tx.benefit.findFirst({
      where: { id: input.benefit_id, organizationId, deletedAt: null },
      select: { id: true },
    });
    if (!benefit) throw ApiError.invalid(["body", "benefit_id"], "Benefit not found in this organization");
    const live = await tx.benefitGrant.findFirst({
      where: { customerId: customer.id, benefitId: benefit.id, scope: { startsWith: "manual:" }, target: "granted" },
      select: { id: true },
    });
    if (live) {
      throw new ApiError("conflict", `The customer already holds a manual grant of this benefit (${live.id}): retry or revoke it`);
    }
    const grant = await tx.benefitGrant.create({
      data: { organizationId, customerId: customer.id, benefitId: benefit.id, scope: `manual:${randomUUID()}` },
      select: { id: true, customerId: true, organizationId: true },
    });
    await enqueueGrantJob(tx, "grants/grant.reconcile-requested", grant);
    return tx.benefitGrant.findUniqueOrThrow({ where: { id: grant.id }, select: grantSelect });
  });
  notifyRunner();
  return result;
}
