import type { BenefitStrategy } from "@/lib/benefits/strategy";
import { PermanentJobError } from "@/lib/jobs/job-errors";

/**
 * The strategy of a type whose delivery is not built yet: every grant ends `failed` with a clear
 * message instead of pretending to deliver. Revoke has nothing to take back, since no grant of
 * this type can have succeeded.
 */
export function notAvailableStrategy(label: string, options: { isExternal: boolean }): BenefitStrategy {
  return {
    isExternal: options.isExternal,
    deliversInline: false,
    grant: async () => {
      throw new PermanentJobError(`${label} delivery is not available yet`);
    },
    revoke: async () => {},
  };
}
