import { parseId } from "@/lib/api/parse";
import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { getOrganizationJwks } from "@/lib/license-keys/signing-keys-public";

type Params = { id: string };

// Public (license-checking apps fetch it to verify tokens offline) and rate limited per IP like
// the rest of the public license API. Cached for five minutes; verifiers that meet an unknown kid
// (a fresh rotation) refetch it.
// GET /v1/organizations/{organization_id}/jwks.json — the organization's license-token signing keys
export const GET = withPublic<Params>(async ({ params }) => {
  const jwks = await getOrganizationJwks(db, parseId(params.id, "Organization"));
  return Response.json(jwks, { headers: { "Cache-Control": "public, max-age=300" } });
});
