import { z } from "zod";

// A note shown to the customer once granted (markdown): a booking link, a support address…
export const customProperties = z.object({
  note: z.string().max(10_000).nullish().transform((v) => v ?? null),
});

export type CustomProperties = z.output<typeof customProperties>;

export const serializeCustomProperties = (p: CustomProperties) => ({ note: p.note });
