import { parseId } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { rotateLicenseKey } from "@/lib/license-keys/rotate-license-key";
import { serializeLicenseKey } from "@/lib/license-keys/serialize-license-key";

type Params = { id: string };

// POST /v1/license-keys/{id}/rotate — replace the key string; the old one stops validating (RotatedLicenseKey)
export const POST = withOrg<Params>(
  // A retried rotate with the same Idempotency-Key answers the first new key instead of making another.
  withIdempotency(async ({ params, organizationId }) => {
    const key = await rotateLicenseKey(db, organizationId, parseId(params.id, "License key"));
    return Response.json(serializeLicenseKey(key, "merchant"));
  }),
  { permission: "write" },
);
