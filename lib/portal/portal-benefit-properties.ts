import { z } from "zod";
import type { BenefitType } from "@/lib/generated/prisma/enums";

// What a customer may see of a benefit's configuration (Polar's `…SubscriberProperties`), read
// from the stored JSON here rather than through the merchant's benefit registry: the portal
// never imports merchant modules. Every field falls back instead of failing, so an odd stored
// value degrades one line of the portal, never the page.

const text = z.string().nullable().catch(null);

const licenseKeys = z.object({
  prefix: text.optional().transform((v) => v ?? null),
  expires: z
    .object({ ttl: z.number(), timeframe: z.enum(["year", "month", "day"]) })
    .nullable()
    .catch(null)
    .optional()
    .transform((v) => v ?? null),
  activations: z
    .object({ limit: z.number(), enable_customer_admin: z.boolean().catch(false) })
    .nullable()
    .catch(null)
    .optional()
    .transform((v) => v ?? null),
  limit_usage: z.number().nullable().catch(null).optional().transform((v) => v ?? null),
});

const custom = z.object({ note: text.optional().transform((v) => v ?? null) });

const github = z
  .object({ repositories: z.array(z.object({ owner: z.string(), name: z.string() })).catch([]).optional() })
  .transform((p) => ({
    repository_owner: p.repositories?.[0]?.owner ?? "",
    repository_name: p.repositories?.[0]?.name ?? "",
  }));

const discord = z.object({ guild_id: z.string().catch("").optional().transform((v) => v ?? "") });

const downloadables = z
  .object({
    files: z.array(z.string()).catch([]).optional(),
    archived: z.record(z.string(), z.boolean()).catch({}).optional(),
  })
  .transform((p) => ({ active_files: (p.files ?? []).filter((id) => !p.archived?.[id]) }));

const meterCredit = z.object({
  units: z.number().catch(0).optional().transform((v) => v ?? 0),
  rollover: z.boolean().catch(false).optional().transform((v) => v ?? false),
  meter_id: z.string().catch("").optional().transform((v) => v ?? ""),
});

const SCHEMAS = {
  custom,
  license_keys: licenseKeys,
  github_repository: github,
  discord,
  downloadables,
  meter_credit: meterCredit,
} satisfies Record<BenefitType, z.ZodType>;

export type SubscriberProperties<T extends BenefitType = BenefitType> = z.output<(typeof SCHEMAS)[T]>;

/** The customer-facing properties of a benefit of type `type`. */
export function subscriberProperties<T extends BenefitType>(type: T, stored: unknown): SubscriberProperties<T> {
  const schema: z.ZodType = SCHEMAS[type];
  const parsed = schema.safeParse(stored ?? {});
  return (parsed.success ? parsed.data : schema.parse({})) as SubscriberProperties<T>;
}

/** Whether a license key benefit lets its customers remove their own activations. */
export function canCustomersManageActivations(stored: unknown): boolean {
  return subscriberProperties("license_keys", stored).activations?.enable_customer_admin === true;
}
