import { notAvailableStrategy } from "@/lib/benefits/not-available-strategy";

// A role is held once per member, whatever the number of purchases.
export const discordStrategy = notAvailableStrategy("Discord role", { isExternal: true });
