import type { CustomProperties } from "@/lib/benefits/custom/properties";
import type { BenefitStrategy } from "@/lib/benefits/strategy";

/**
 * A custom benefit is a note the customer reads once granted: nothing leaves Benefactor. The
 * grant keeps the note it delivered, so the customer's view shows what they were given.
 */
export const customStrategy: BenefitStrategy<CustomProperties> = {
  isExternal: false,
  deliversInline: true,
  grant: async ({ benefit }) => ({ properties: { note: benefit.properties.note ?? null } }),
  revoke: async () => {},
};
