import { z } from "zod";

/** Polar's metadata: up to 50 keys of at most 40 characters; strings, numbers or booleans. */
export const metadataSchema = z
  .record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean()]))
  .refine((m) => Object.keys(m).length <= 50, "At most 50 metadata keys");
