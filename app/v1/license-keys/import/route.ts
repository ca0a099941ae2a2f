import { parseBody } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { importLicenseKey } from "@/lib/license-keys/import-license-key";
import { importLicenseKeyBody } from "@/lib/license-keys/license-key-input";
import { serializeLicenseKey } from "@/lib/license-keys/serialize-license-key";

// POST /v1/license-keys/import — take over a key issued by another system (Benefactor's addition; LicenseKeyRead)
export const POST = withOrg(
  withIdempotency(async ({ req, organizationId }) => {
    const body = await parseBody(req, importLicenseKeyBody);
    const key = await importLicenseKey(db, organizationId, body);
    return Response.json(serializeLicenseKey(key, "merchant"), { status: 201 });
  }),
  { permission: "write" },
);
