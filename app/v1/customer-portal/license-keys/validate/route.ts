import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { isLicenseKeyFailure, parseLicenseKeyBody } from "@/lib/license-keys/license-key-error";
import { validateLicenseKey, validateLicenseKeyBody } from "@/lib/license-keys/validate-license-key";
import { limitKeyFailures } from "@/lib/rate-limit/limit-key-failures";

// POST /v1/customer-portal/license-keys/validate — check a license key (no auth; rate limited)
export const POST = withPublic(async ({ req }) => {
  const input = await parseLicenseKeyBody(req, validateLicenseKeyBody);
  const validated = await limitKeyFailures(input, isLicenseKeyFailure, () => validateLicenseKey(db, input, { audience: "public" }));
  return Response.json(validated);
});
