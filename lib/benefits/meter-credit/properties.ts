import { z } from "zod";

const count = z.number().int().min(1).max(2_147_483_647);

// `units` is Polar's name; the seed writes `credits` for the same thing. `low_balance_threshold`
// is Benefactor's: when usage takes the customer's balance on the meter below it, the
// `customer_meter.balance_low` webhook is sent (once per crossing) and the portal shows a notice.
export const meterCreditProperties = z
  .object({
    meter_id: z.uuid("Not a meter id"),
    units: count.optional(),
    credits: count.optional(),
    rollover: z.boolean().default(false),
    low_balance_threshold: z.number().int().min(0).max(2_147_483_647).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.units === undefined && v.credits === undefined) ctx.addIssue({ code: "custom", path: ["units"], message: "Field required" });
    if (v.units !== undefined && v.credits !== undefined && v.units !== v.credits)
      ctx.addIssue({ code: "custom", path: ["credits"], message: "credits is another name for units; give one" });
  })
  .transform((v) => ({
    meter_id: v.meter_id,
    units: (v.units ?? v.credits)!,
    rollover: v.rollover,
    low_balance_threshold: v.low_balance_threshold ?? null,
  }));

export type MeterCreditProperties = z.output<typeof meterCreditProperties>;

export const serializeMeterCreditProperties = (p: MeterCreditProperties) => ({
  meter_id: p.meter_id,
  units: p.units,
  rollover: p.rollover,
  // Stored before the threshold existed: no threshold.
  low_balance_threshold: p.low_balance_threshold ?? null,
});
