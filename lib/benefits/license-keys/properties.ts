import { z } from "zod";

const MAX_ACTIVATIONS = 50;

// Polar's shapes, plus the seed's shorthands: `expires: false` (never), `activations: 1`
// (a limit), `limit_usage: false` (unlimited).
const expires = z
  .union([
    z.literal(false).transform(() => null),
    z.null(),
    z.object({
      ttl: z.number().int().min(1).max(1000),
      timeframe: z.enum(["year", "month", "day"]),
    }),
  ])
  .optional()
  .transform((v) => v ?? null);

const activations = z
  .union([
    z.literal(false).transform(() => null),
    z.null(),
    z
      .number()
      .int()
      .min(1)
      .max(MAX_ACTIVATIONS)
      .transform((limit) => ({ limit, enable_customer_admin: true })),
    z.object({
      limit: z.number().int().min(1).max(MAX_ACTIVATIONS),
      enable_customer_admin: z.boolean().default(true),
    }),
  ])
  .optional()
  .transform((v) => v ?? null);

const limitUsage = z
  .union([z.literal(false).transform(() => null), z.null(), z.number().int().min(1)])
  .optional()
  .transform((v) => v ?? null);

export const licenseKeysProperties = z.object({
  prefix: z
    .string()
    .trim()
    .max(24)
    .regex(/^[A-Za-z0-9_-]*$/, "Use letters, digits, '-' or '_'")
    .nullish()
    .transform((v) => (v ? v.toUpperCase() : null)),
  expires,
  activations,
  limit_usage: limitUsage,
});

export type LicenseKeysProperties = z.output<typeof licenseKeysProperties>;

export const serializeLicenseKeysProperties = (p: LicenseKeysProperties) => ({
  prefix: p.prefix,
  expires: p.expires,
  activations: p.activations,
  limit_usage: p.limit_usage,
});
