import type { Db, DbTx } from "@/lib/db";
import type { CustomerRow } from "@/lib/customers/serialize-customer";
import { Prisma, type LicenseKeyStatus } from "@/lib/generated/prisma/client";
import type { ActivationRow, LicenseKeyRow } from "@/lib/license-keys/serialize-license-key";

export type FoundLicenseKey = {
  licenseKey: LicenseKeyRow;
  /** The activation asked for, when it belongs to this key; null otherwise (or when none was asked). */
  activation: ActivationRow | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LookupRow = Omit<LicenseKeyRow, "customer"> & {
  c_id: string;
  c_organization_id: string;
  c_email: string;
  c_name: string | null;
  c_external_id: string | null;
  c_email_verified: boolean;
  c_billing_name: string | null;
  c_billing_address: Prisma.JsonValue;
  c_tax_id: string | null;
  c_locale: string | null;
  c_metadata: Prisma.JsonValue;
  c_deleted_at: Date | null;
  c_created_at: Date;
  c_modified_at: Date;
  a_id: string | null;
  a_label: string | null;
  a_conditions: Prisma.JsonValue;
  a_meta: Prisma.JsonValue;
  a_created_at: Date | null;
  a_modified_at: Date | null;
};

/**
 * A key by organization and key string, with its customer and (optionally) one of its
 * activations, in one indexed query — the license API's hot path. `lock` takes the key row's lock
 * (inside a transaction) so activation counting cannot race.
 *
 * The organization is part of the lookup, never checked after: a key of another organization is
 * simply not found.
 */
export async function findLicenseKey(
  db: Db | DbTx,
  input: { organizationId: string; key: string; activationId?: string | null; lock?: boolean },
): Promise<FoundLicenseKey | null> {
  const lookup = licenseKeyLookup(input);
  if (!lookup) return null;
  const rows = await db.$queryRaw<LookupRow[]>`${lookup} ${input.lock ? Prisma.sql`FOR UPDATE OF lk` : Prisma.empty}`;
  return rows[0] ? toFound(rows[0]) : null;
}

/**
 * The lookup as SQL, for statements that build on it (validate counts in the same statement);
 * null when the ids cannot exist. Columns as in LookupRow.
 */
export function licenseKeyLookup(input: { organizationId: string; key: string; activationId?: string | null }): Prisma.Sql | null {
  // Ids that are not UUIDs cannot exist; PostgreSQL would reject the cast (a 500) instead.
  if (!UUID.test(input.organizationId)) return null;
  const activationId = input.activationId && UUID.test(input.activationId) ? input.activationId : null;
  return Prisma.sql`
    SELECT lk.id, lk.organization_id AS "organizationId", lk.customer_id AS "customerId",
           lk.benefit_id AS "benefitId", lk.grant_id AS "grantId", lk.key, lk.display_key AS "displayKey",
           lk.status::text AS status, lk.usage, lk.limit_usage AS "limitUsage",
           lk.limit_activations AS "limitActivations", lk.validations,
           lk.last_validated_at AS "lastValidatedAt", lk.expires_at AS "expiresAt",
           lk.created_at AS "createdAt", lk.modified_at AS "modifiedAt",
           c.id AS c_id, c.organization_id AS c_organization_id, c.email AS c_email, c.name AS c_name,
           c.external_id AS c_external_id, c.email_verified AS c_email_verified,
           c.billing_name AS c_billing_name, c.billing_address AS c_billing_address, c.tax_id AS c_tax_id,
           c.locale AS c_locale, c.metadata AS c_metadata, c.deleted_at AS c_deleted_at,
           c.created_at AS c_created_at, c.modified_at AS c_modified_at,
           a.id AS a_id, a.label AS a_label, a.conditions AS a_conditions, a.meta AS a_meta,
           a.created_at AS a_created_at, a.modified_at AS a_modified_at
      FROM license_keys lk
      JOIN customers c ON c.id = lk.customer_id
      LEFT JOIN license_key_activations a ON a.id = ${activationId}::uuid AND a.license_key_id = lk.id
     WHERE lk.organization_id = ${input.organizationId}::uuid AND lk.key = ${input.key}`;
}

export function toFound(r: LookupRow): FoundLicenseKey {
  const customer: CustomerRow = {
    id: r.c_id,
    organizationId: r.c_organization_id,
    email: r.c_email,
    name: r.c_name,
    externalId: r.c_external_id,
    emailVerified: r.c_email_verified,
    billingName: r.c_billing_name,
    billingAddress: r.c_billing_address,
    taxId: r.c_tax_id,
    locale: r.c_locale,
    metadata: r.c_metadata ?? {},
    deletedAt: r.c_deleted_at,
    createdAt: r.c_created_at,
    modifiedAt: r.c_modified_at,
  };
  const licenseKey: LicenseKeyRow = {
    id: r.id,
    organizationId: r.organizationId,
    customerId: r.customerId,
    benefitId: r.benefitId,
    grantId: r.grantId,
    key: r.key,
    displayKey: r.displayKey,
    status: r.status as LicenseKeyStatus,
    usage: r.usage,
    limitUsage: r.limitUsage,
    limitActivations: r.limitActivations,
    validations: r.validations,
    lastValidatedAt: r.lastValidatedAt,
    expiresAt: r.expiresAt,
    createdAt: r.createdAt,
    modifiedAt: r.modifiedAt,
    customer,
  };
  const activation: ActivationRow | null =
    r.a_id === null
      ? null
      : {
          id: r.a_id,
          licenseKeyId: r.id,
          label: r.a_label ?? "",
          conditions: r.a_conditions ?? {},
          meta: r.a_meta ?? {},
          createdAt: r.a_created_at as Date,
          modifiedAt: r.a_modified_at as Date,
        };
  return { licenseKey, activation };
}
