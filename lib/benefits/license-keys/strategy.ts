import { notAvailableStrategy } from "@/lib/benefits/not-available-strategy";

// Each grant owns its key and loses it on its own revoke: not shared across purchases.
export const licenseKeysStrategy = notAvailableStrategy("License keys", { isExternal: false });
