"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { db } from "@/lib/db";
import { currentPortalSession } from "@/lib/portal/current-portal-session";
import { deactivateCustomerActivation } from "@/lib/portal/deactivate-customer-activation";
import { endPortalSession } from "@/lib/portal/end-portal-session";
import { portalCookieName } from "@/lib/portal/portal-cookie";

// /portal/[org] — "Deactivate" on one of the customer's license key activations.
export async function deactivateActivationAction(slug: string, licenseKeyId: string, activationId: string): Promise<ActionResult> {
  const result = await runAction(async () => {
    const session = await currentPortalSession(slug);
    if (!session) throw ApiError.unauthorized("Your session has expired: ask the merchant for a new link");
    await deactivateCustomerActivation(
      db,
      { customerId: session.customer.id, organizationId: session.organization.id },
      { licenseKeyId: parseId(licenseKeyId, "License key"), activationId: parseId(activationId, "Activation") },
    );
    return undefined;
  });
  if (result.ok) revalidatePath(`/portal/${slug}`);
  return result;
}

// /portal/[org] — "Sign out": ends the session and clears the cookie.
export async function signOutAction(slug: string): Promise<void> {
  const session = await currentPortalSession(slug);
  if (session) {
    await endPortalSession(db, session.sessionId);
    (await cookies()).delete(portalCookieName(session.organization.id));
  }
  redirect(`/portal/${encodeURIComponent(slug)}/signed-out`);
}
