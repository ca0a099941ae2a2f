"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { updateOrganization, type UpdateOrganizationInput } from "@/lib/organizations/update-organization";

// /dashboard/[org]/settings — rename, past-due grace period.
export async function updateOrganizationAction(slug: string, input: UpdateOrganizationInput): Promise<ActionResult<{ name: string }>> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "organization:manage");
    const updated = await updateOrganization(db, org.id, input);
    // The name is in the sidebar and the organization switcher too.
    revalidatePath(`/dashboard/${slug}`, "layout");
    return { name: updated.name };
  });
}
