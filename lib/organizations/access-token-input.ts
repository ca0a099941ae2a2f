import { z } from "zod";

// Shared by the create-token dialog (client) and createOrganizationToken (server).

export const TOKEN_EXPIRY_OPTIONS = [
  { value: "never", label: "Never" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In 1 year" },
] as const;

export const createAccessTokenInput = z.object({
  name: z.string().trim().min(1, "Give the token a name, e.g. where it is used").max(100, "At most 100 characters"),
  expiresIn: z.enum(["never", "30", "90", "365"], { error: "Choose when the token expires" }),
});
export type CreateAccessTokenInput = z.input<typeof createAccessTokenInput>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a token created at `now` with this choice expires; null for never. */
export function tokenExpiresAt(expiresIn: CreateAccessTokenInput["expiresIn"], now = new Date()): Date | null {
  return expiresIn === "never" ? null : new Date(now.getTime() + Number(expiresIn) * DAY_MS);
}
