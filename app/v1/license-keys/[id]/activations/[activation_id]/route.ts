import { parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { deleteActivation } from "@/lib/license-keys/delete-activation";
import { getActivationOrThrow } from "@/lib/license-keys/get-activation-or-throw";
import { serializeActivation, serializeLicenseKey } from "@/lib/license-keys/serialize-license-key";

type Params = { id: string; activation_id: string };

const ids = (params: Params) => [parseId(params.id, "License key"), parseId(params.activation_id, "License key activation")] as const;

// GET /v1/license-keys/{id}/activations/{activation_id} — one activation with its key (LicenseKeyActivationRead)
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const activation = await getActivationOrThrow(db, organizationId, ...ids(params));
    const { licenseKey, ...base } = activation;
    return Response.json({ ...serializeActivation(base), license_key: serializeLicenseKey(licenseKey, "merchant") });
  },
  { permission: "read" },
);

// DELETE /v1/license-keys/{id}/activations/{activation_id} — remove an activation, freeing its slot
export const DELETE = withOrg<Params>(
  async ({ params, organizationId }) => {
    await deleteActivation(db, organizationId, ...ids(params));
    return new Response(null, { status: 204 });
  },
  { permission: "write" },
);
