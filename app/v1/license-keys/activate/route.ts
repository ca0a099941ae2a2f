import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { activateLicenseKey, activateLicenseKeyBody } from "@/lib/license-keys/activate-license-key";
import { licenseKeyError, parseLicenseKeyBody } from "@/lib/license-keys/license-key-error";
import { licenseTokenForActivation } from "@/lib/license-keys/request-license-token";

// POST /v1/license-keys/activate — take an activation slot from the merchant's server (token; not rate limited)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const input = await parseLicenseKeyBody(req, activateLicenseKeyBody);
    if (input.organizationId !== organizationId) throw licenseKeyError("not_found", "activate");
    const activation = await activateLicenseKey(db, input, { audience: "merchant" });
    return Response.json({ ...activation, license_token: await licenseTokenForActivation(db, activation) });
  },
  { permission: "write" },
);
