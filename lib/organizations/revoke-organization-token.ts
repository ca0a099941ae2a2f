import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { revokeAccessToken } from "@/lib/auth/access-tokens";
import type { DbTx } from "@/lib/db";

/** Revokes one of the organization's tokens; another organization's (or a revoked) token is "not found". */
export async function revokeOrganizationToken(db: DbTx, organizationId: string, tokenId: string) {
  const id = z.uuid().safeParse(tokenId);
  if (!id.success || !(await revokeAccessToken(db, organizationId, id.data))) throw ApiError.notFound("Token");
}
