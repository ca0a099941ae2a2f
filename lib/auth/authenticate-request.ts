import { ApiError } from "@/lib/api/errors";
import { findAccessToken } from "@/lib/auth/access-tokens";
import { auth } from "@/lib/auth/next-auth";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  // The Polar SDK sends "Bearer undefined" when it has no token: that is no token.
  return match && match[1] !== "undefined" && match[1] !== "null" ? match[1] : null;
}

/**
 * Who is calling, and for which organization: an organization access token
 * (`Authorization: Bearer bfr_oat_…`) or a signed-in merchant, whose organization comes from the
 * `Polar-Organization` header or `organization_id` query parameter (or their only membership).
 */
export async function authenticateRequest(req: Request): Promise<Principal> {
  const bearer = bearerToken(req);
  if (bearer) {
    const token = await findAccessToken(db, bearer);
    if (!token) throw ApiError.unauthorized("Invalid, expired or revoked access token");
    return { kind: "token", organizationId: token.organizationId, tokenId: token.id };
  }
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) throw ApiError.unauthorized();
  const wanted =
    req.headers.get("polar-organization") ?? new URL(req.url).searchParams.get("organization_id") ?? undefined;
  const memberships = await db.membership.findMany({
    where: { userId, ...(wanted ? { organizationId: wanted } : {}) },
    select: { organizationId: true, role: true },
    take: 2,
  });
  if (memberships.length !== 1) {
    throw wanted
      ? ApiError.notFound("Organization")
      : new ApiError("bad_request", "Pick an organization with the Polar-Organization header");
  }
  return { kind: "user", userId, ...memberships[0] };
}
