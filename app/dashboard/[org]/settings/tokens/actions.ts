"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { CreateAccessTokenInput } from "@/lib/organizations/access-token-input";
import { createOrganizationToken } from "@/lib/organizations/create-organization-token";
import { revokeOrganizationToken } from "@/lib/organizations/revoke-organization-token";

const tokensPath = (slug: string) => `/dashboard/${slug}/settings/tokens`;

// /dashboard/[org]/settings/tokens — create a token; its value is returned this once.
export async function createTokenAction(
  slug: string,
  input: CreateAccessTokenInput,
): Promise<ActionResult<{ name: string; token: string }>> {
  return runAction(async () => {
    const { org, user } = await requireOrgAction(slug, "tokens:manage");
    const created = await createOrganizationToken(db, { organizationId: org.id, userId: user.id }, input);
    revalidatePath(tokensPath(slug));
    return { name: created.name, token: created.token };
  });
}

// /dashboard/[org]/settings/tokens — revoke a token.
export async function revokeTokenAction(slug: string, tokenId: string): Promise<ActionResult> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "tokens:manage");
    await revokeOrganizationToken(db, org.id, tokenId);
    revalidatePath(tokensPath(slug));
    return undefined;
  });
}
