"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { rotateSigningKey } from "@/lib/license-keys/signing-keys";

// /dashboard/[org]/settings/license-signing — rotate: a new key signs from now on, old ones stay published.
export async function rotateSigningKeyAction(slug: string): Promise<ActionResult<{ kid: string }>> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "organization:manage");
    const key = await rotateSigningKey(db, org.id);
    revalidatePath(`/dashboard/${slug}/settings/license-signing`);
    return { kid: key.id };
  });
}
