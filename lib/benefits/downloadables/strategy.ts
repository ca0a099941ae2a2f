import { notAvailableStrategy } from "@/lib/benefits/not-available-strategy";

// Downloadables rows are one per customer × file × benefit: shared by every purchase of it.
export const downloadablesStrategy = notAvailableStrategy("Downloadable files", { isExternal: true });
