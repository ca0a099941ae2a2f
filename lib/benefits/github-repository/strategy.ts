import { notAvailableStrategy } from "@/lib/benefits/not-available-strategy";

// A collaborator invitation is one per customer × repository, whatever the number of purchases.
export const githubRepositoryStrategy = notAvailableStrategy("GitHub repository access", { isExternal: true });
