import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { isLicenseKeyFailure, parseLicenseKeyBody } from "@/lib/license-keys/license-key-error";
import { licenseTokenBody, requestLicenseToken } from "@/lib/license-keys/request-license-token";
import { limitKeyFailures } from "@/lib/rate-limit/limit-key-failures";

// POST /v1/customer-portal/license-keys/token — a signed offline token for a good key (no auth; rate limited)
export const POST = withPublic(async ({ req }) => {
  const input = await parseLicenseKeyBody(req, licenseTokenBody);
  const token = await limitKeyFailures(input, isLicenseKeyFailure, () => requestLicenseToken(db, input));
  return Response.json(token);
});
