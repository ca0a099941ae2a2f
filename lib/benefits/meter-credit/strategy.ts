import { notAvailableStrategy } from "@/lib/benefits/not-available-strategy";

// Credits are added per grant and taken back per grant.
export const meterCreditStrategy = notAvailableStrategy("Meter credits", { isExternal: false });
