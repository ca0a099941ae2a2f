import { z } from "zod";

// `units` is Polar's name; the seed writes `credits` for the same thing.
export const meterCreditProperties = z
  .object({
    meter_id: z.uuid("Not a meter id"),
    units: z.number().int().min(1).max(2_147_483_647).optional(),
    credits: z.number().int().min(1).max(2_147_483_647).optional(),
    rollover: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.units === undefined && v.credits === undefined) ctx.addIssue({ code: "custom", path: ["units"], message: "Field required" });
    if (v.units !== undefined && v.credits !== undefined && v.units !== v.credits)
      ctx.addIssue({ code: "custom", path: ["credits"], message: "credits is another name for units; give one" });
  })
  .transform((v) => ({ meter_id: v.meter_id, units: (v.units ?? v.credits)!, rollover: v.rollover }));

export type MeterCreditProperties = z.output<typeof meterCreditProperties>;

export const serializeMeterCreditProperties = (p: MeterCreditProperties) => ({
  meter_id: p.meter_id,
  units: p.units,
  rollover: p.rollover,
});
