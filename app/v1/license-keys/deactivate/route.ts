import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { deactivateLicenseKey, deactivateLicenseKeyBody } from "@/lib/license-keys/deactivate-license-key";
import { licenseKeyError, parseLicenseKeyBody } from "@/lib/license-keys/license-key-error";

// POST /v1/license-keys/deactivate — free an activation slot from the merchant's server (token; not rate limited)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const input = await parseLicenseKeyBody(req, deactivateLicenseKeyBody);
    if (input.organizationId !== organizationId) throw licenseKeyError("not_found", "deactivate");
    await deactivateLicenseKey(db, input);
    return new Response(null, { status: 204 });
  },
  { permission: "write" },
);
