import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { licenseKeyError, parseLicenseKeyBody } from "@/lib/license-keys/license-key-error";
import { validateLicenseKey, validateLicenseKeyBody } from "@/lib/license-keys/validate-license-key";

// POST /v1/license-keys/validate — check a license key from the merchant's server (token; not rate limited)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const input = await parseLicenseKeyBody(req, validateLicenseKeyBody);
    // Another organization's id names keys this token cannot see: they are not found.
    if (input.organizationId !== organizationId) throw licenseKeyError("not_found", "validate");
    return Response.json(await validateLicenseKey(db, input, { audience: "merchant" }));
  },
  { permission: "write" },
);
