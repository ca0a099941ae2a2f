import { ApiError } from "@/lib/api/errors";
import { customerConflictFromError, findCustomerConflicts } from "@/lib/customers/customer-conflicts";
import type { CreateCustomerInput } from "@/lib/customers/customer-input";
import { customerSelect } from "@/lib/customers/serialize-customer";
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type { CreateCustomerInput };

export async function createCustomer(db: DbTx, organizationId: string, input: CreateCustomerInput) {
  if (input.organization_id && input.organization_id !== organizationId) {
    throw ApiError.invalid(["body", "organization_id"], "Does not match the organization of your access token");
  }
  if (input.tax_id && !input.billing_address) {
    throw ApiError.invalid(["body", "billing_address"], "A billing address with a country is required with a tax ID", "missing");
  }
  const conflicts = await findCustomerConflicts(db, organizationId, { email: input.email, externalId: input.external_id });
  if (conflicts.length) throw new ApiError("validation", conflicts);
  try {
    return await db.customer.create({
      data: {
        organizationId,
        email: input.email,
        name: input.name,
        externalId: input.external_id,
        billingAddress: input.billing_address ?? Prisma.DbNull,
        taxId: input.tax_id,
        locale: input.locale,
        metadata: input.metadata,
      },
      select: customerSelect,
    });
  } catch (err) {
    throw customerConflictFromError(err) ?? err;
  }
}
