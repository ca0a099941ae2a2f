import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getLicenseKeyWithActivationsOrThrow } from "@/lib/license-keys/get-license-key-or-throw";
import { updateLicenseKeyBody } from "@/lib/license-keys/license-key-input";
import { serializeActivation, serializeLicenseKey } from "@/lib/license-keys/serialize-license-key";
import { updateLicenseKey } from "@/lib/license-keys/update-license-key";

type Params = { id: string };

// GET /v1/license-keys/{id} — a license key with its activations (LicenseKeyWithActivations)
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const key = await getLicenseKeyWithActivationsOrThrow(db, organizationId, parseId(params.id, "License key"));
    return Response.json({ ...serializeLicenseKey(key, "merchant"), activations: key.activations.map(serializeActivation) });
  },
  { permission: "read" },
);

// PATCH /v1/license-keys/{id} — change status, usage, limits or expiry (LicenseKeyUpdate → LicenseKeyRead)
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "License key");
    const body = await parseBody(req, updateLicenseKeyBody);
    const key = await updateLicenseKey(db, organizationId, id, body);
    return Response.json(serializeLicenseKey(key, "merchant"));
  },
  { permission: "write" },
);
