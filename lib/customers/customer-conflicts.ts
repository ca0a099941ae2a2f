import { ApiError, type ValidationIssue } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const EMAIL_TAKEN = "A customer with this email address already exists";
const EXTERNAL_ID_TAKEN = "A customer with this external ID already exists";

/**
 * Email and external_id are unique per organization. A taken value is a field error (422), as in
 * Polar. The unique indexes stay the arbiter: see customerConflictFromError for the race.
 */
export async function findCustomerConflicts(
  db: DbTx,
  organizationId: string,
  values: { email?: string; externalId?: string | null },
  exceptId?: string,
): Promise<ValidationIssue[]> {
  const { email, externalId } = values;
  if (!email && !externalId) return [];
  const taken = await db.customer.findMany({
    where: {
      organizationId,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [
        ...(email ? [{ email: { equals: email, mode: "insensitive" as const } }] : []),
        ...(externalId ? [{ externalId }] : []),
      ],
    },
    select: { email: true, externalId: true },
  });
  const issues: ValidationIssue[] = [];
  if (email && taken.some((c) => c.email.toLowerCase() === email.toLowerCase())) {
    issues.push({ loc: ["body", "email"], msg: EMAIL_TAKEN, type: "value_error" });
  }
  if (externalId && taken.some((c) => c.externalId === externalId)) {
    issues.push({ loc: ["body", "external_id"], msg: EXTERNAL_ID_TAKEN, type: "value_error" });
  }
  return issues;
}

/** A unique violation that slipped past the pre-check (two requests at once) → the same 422. */
export function customerConflictFromError(err: unknown): ApiError | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== "P2002") return null;
  // The driver adapter reports the index name (customers_organization_id_email_key …).
  const where = JSON.stringify(err.meta ?? {});
  if (where.includes("external_id")) return ApiError.invalid(["body", "external_id"], EXTERNAL_ID_TAKEN);
  if (where.includes("email")) return ApiError.invalid(["body", "email"], EMAIL_TAKEN);
  return null;
}
