"use server";

import type { z } from "zod";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { ApiError } from "@/lib/api/errors";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createOrganization, type createOrganizationInput } from "@/lib/organizations/create-organization";

// /dashboard/new — create an organization owned by the signed-in merchant.
export async function createOrganizationAction(
  input: z.input<typeof createOrganizationInput>,
): Promise<ActionResult<{ slug: string; name: string }>> {
  return runAction(async () => {
    const user = await getSessionUser();
    if (!user) throw ApiError.unauthorized("Your session has ended; sign in again");
    const org = await createOrganization(db, input, user.id);
    return { slug: org.slug, name: org.name };
  });
}
