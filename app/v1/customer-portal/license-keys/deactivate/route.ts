import { withPublic } from "@/lib/api/with-public";
import { db } from "@/lib/db";
import { deactivateLicenseKey, deactivateLicenseKeyBody } from "@/lib/license-keys/deactivate-license-key";
import { isLicenseKeyFailure, parseLicenseKeyBody } from "@/lib/license-keys/license-key-error";
import { limitKeyFailures } from "@/lib/rate-limit/limit-key-failures";

// POST /v1/customer-portal/license-keys/deactivate — free an activation slot (no auth; rate limited)
export const POST = withPublic(async ({ req }) => {
  const input = await parseLicenseKeyBody(req, deactivateLicenseKeyBody);
  await limitKeyFailures(input, isLicenseKeyFailure, () => deactivateLicenseKey(db, input));
  return new Response(null, { status: 204 });
});
