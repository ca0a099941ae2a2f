"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { disconnectCustomerAccount } from "@/lib/accounts/disconnect-customer-account";
import { isOAuthPlatform } from "@/lib/accounts/oauth-platform";
import { db } from "@/lib/db";
import { currentPortalSession } from "@/lib/portal/current-portal-session";

// /portal/[org]/accounts — "Disconnect" a GitHub or Discord account.
export async function disconnectAccountAction(slug: string, platform: string): Promise<void> {
  const session = await currentPortalSession(slug);
  if (!session) redirect(`/portal/${encodeURIComponent(slug)}/signed-out`);
  if (isOAuthPlatform(platform)) await disconnectCustomerAccount(db, session.customer.id, platform);
  revalidatePath(`/portal/${slug}/accounts`);
  redirect(`/portal/${encodeURIComponent(slug)}/accounts?disconnected=${platform}`);
}
