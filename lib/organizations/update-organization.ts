import { z } from "zod";
import type { DbTx } from "@/lib/db";
import { createOrganizationInput } from "@/lib/organizations/create-organization";

/** How long a past-due subscription keeps its benefits, in days. */
export const PAST_DUE_GRACE_DAYS = [0, 2, 7, 14, 21] as const;

// Shared by the settings form (client) and updateOrganization (server). The slug is not
// editable: it is in every dashboard URL and in merchants' bookmarks.
export const updateOrganizationInput = z.object({
  name: createOrganizationInput.shape.name,
  pastDueGraceDays: z.literal(PAST_DUE_GRACE_DAYS, { error: "Choose 0, 2, 7, 14 or 21 days" }),
});
export type UpdateOrganizationInput = z.input<typeof updateOrganizationInput>;

/** Renames the organization and sets its past-due grace period. */
export async function updateOrganization(db: DbTx, organizationId: string, input: UpdateOrganizationInput) {
  const data = updateOrganizationInput.parse(input);
  return db.organization.update({
    where: { id: organizationId },
    data,
    select: { id: true, name: true, slug: true, pastDueGraceDays: true },
  });
}
