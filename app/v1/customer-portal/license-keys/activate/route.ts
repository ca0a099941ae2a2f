import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { activateLicenseKey, activateLicenseKeyBody } from "@/lib/license-keys/activate-license-key";
import { isLicenseKeyFailure, parseLicenseKeyBody } from "@/lib/license-keys/license-key-error";
import { licenseTokenForActivation } from "@/lib/license-keys/request-license-token";
import { limitKeyFailures } from "@/lib/rate-limit/limit-key-failures";

// POST /v1/customer-portal/license-keys/activate — take an activation slot, with an offline token (no auth; rate limited)
export const POST = withPublic(async ({ req }) => {
  const input = await parseLicenseKeyBody(req, activateLicenseKeyBody);
  const activation = await limitKeyFailures(input, isLicenseKeyFailure, () => activateLicenseKey(db, input, { audience: "public" }));
  return Response.json({ ...activation, license_token: await licenseTokenForActivation(db, activation) });
});
