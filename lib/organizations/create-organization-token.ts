import { createAccessToken } from "@/lib/auth/access-tokens";
import type { DbTx } from "@/lib/db";
import { createAccessTokenInput, tokenExpiresAt, type CreateAccessTokenInput } from "@/lib/organizations/access-token-input";

/** Creates an organization access token; the clear value is in the result, and nowhere else, once. */
export async function createOrganizationToken(
  db: DbTx,
  actor: { organizationId: string; userId: string },
  input: CreateAccessTokenInput,
) {
  const { name, expiresIn } = createAccessTokenInput.parse(input);
  const created = await createAccessToken(db, {
    organizationId: actor.organizationId,
    name,
    createdById: actor.userId,
    expiresAt: tokenExpiresAt(expiresIn),
  });
  return { id: created.id, name: created.name, token: created.token, lastChars: created.lastChars };
}
