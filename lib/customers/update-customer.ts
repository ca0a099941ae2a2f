import { ApiError, type ValidationIssue } from "@/lib/api/errors";
import { customerConflictFromError, findCustomerConflicts } from "@/lib/customers/customer-conflicts";
import type { UpdateCustomerInput } from "@/lib/customers/customer-input";
import type { CustomerKey } from "@/lib/customers/get-customer-or-throw";
import { lockCustomerOrThrow } from "@/lib/customers/lock-customer-or-throw";
import { customerSelect } from "@/lib/customers/serialize-customer";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type { UpdateCustomerInput };

/** Updates a customer found by id or external id, with Polar's rules for each field. */
export async function updateCustomer(db: Db, organizationId: string, key: CustomerKey, input: UpdateCustomerInput) {
  return db.$transaction(async (tx) => {
    const current = await lockCustomerOrThrow(tx, organizationId, key);
    const issues: ValidationIssue[] = [];
    const data: Prisma.CustomerUpdateInput = { name: input.name, locale: input.locale, metadata: input.metadata };

    const email = input.email !== current.email ? input.email : undefined;
    if (email) {
      data.email = email;
      data.emailVerified = false;
    }
    let externalId: string | undefined;
    if (input.external_id !== undefined && input.external_id !== current.externalId) {
      // The merchant's id links their records to ours: it can be set once, never changed.
      if (current.externalId !== null) issues.push(invalid("external_id", "Customer external ID cannot be updated"));
      else externalId = data.externalId = input.external_id ?? undefined;
    }
    if (input.billing_address === null && current.billingAddress !== null) {
      issues.push(invalid("billing_address", "Customer billing address cannot be reset to null once set"));
    } else if (input.billing_address) {
      data.billingAddress = input.billing_address;
    }
    if (input.tax_id !== undefined) {
      if (!input.billing_address && current.billingAddress === null) {
        issues.push({ ...invalid("billing_address", "A billing address with a country is required with a tax ID"), type: "missing" });
      }
      data.taxId = input.tax_id;
    }
    issues.push(...(await findCustomerConflicts(tx, organizationId, { email, externalId }, current.id)));
    if (issues.length) throw new ApiError("validation", issues);

    try {
      return await tx.customer.update({ where: { id: current.id }, data, select: customerSelect });
    } catch (err) {
      throw customerConflictFromError(err) ?? err;
    }
  });
}

function invalid(field: string, msg: string): ValidationIssue {
  return { loc: ["body", field], msg, type: "value_error" };
}
