import type { z } from "zod";
import { ApiError, type ApiErrorCode } from "@/lib/api/errors";
import { parseBody } from "@/lib/api/parse";

/**
 * Why a license check failed, sent as `code` next to Polar's `error` and `detail` so an app can
 * tell its user exactly what is wrong. The HTTP status follows Polar's server
 * (polar/license_key/service.py) so the SDK raises the class it documents for each endpoint:
 *  - validate answers every refusal about the key itself with 404 `ResourceNotFound` (the SDK maps
 *    only 400/404/422 there) and an exhausted usage allowance with 400 `BadRequest`;
 *  - activate answers refusals with 403 `NotPermitted` (see ACTIVATE_STATUS);
 *  - an unknown key, or a key of another organization, is 404 everywhere.
 */
export const LICENSE_KEY_ERROR_CODES = [
  "not_found",
  "revoked",
  "disabled",
  "expired",
  "activation_not_found",
  "conditions_mismatch",
  "usage_limit_exceeded",
  "activation_limit_reached",
  "activations_not_supported",
] as const;

export type LicenseKeyErrorCode = (typeof LICENSE_KEY_ERROR_CODES)[number];

// The status and message of each code, as validate (and deactivate) answer it.
const DEFAULTS: Record<LicenseKeyErrorCode, { status: ApiErrorCode; detail: string }> = {
  not_found: { status: "not_found", detail: "License key not found" },
  revoked: { status: "not_found", detail: "License key is no longer active: it was revoked" },
  disabled: { status: "not_found", detail: "License key is no longer active: it was disabled" },
  expired: { status: "not_found", detail: "License key has expired" },
  activation_not_found: { status: "not_found", detail: "Activation not found for this license key" },
  conditions_mismatch: { status: "not_found", detail: "License key does not match the activation's conditions" },
  usage_limit_exceeded: { status: "bad_request", detail: "License key has no usage left" },
  activation_limit_reached: { status: "forbidden", detail: "License key activation limit already reached" },
  activations_not_supported: {
    status: "forbidden",
    detail: "This license key does not support activations; use the validate endpoint to check it",
  },
};

// Activate refuses an unusable key with 403 (Polar's NotPermitted) where validate says 404.
const ACTIVATE_STATUS: Partial<Record<LicenseKeyErrorCode, ApiErrorCode>> = {
  revoked: "forbidden",
  disabled: "forbidden",
  expired: "forbidden",
};

export type LicenseKeyOperation = "validate" | "activate" | "deactivate";

export function licenseKeyError(code: LicenseKeyErrorCode, operation: LicenseKeyOperation = "validate", detail?: string): ApiError {
  const base = DEFAULTS[code];
  const status = (operation === "activate" && ACTIVATE_STATUS[code]) || base.status;
  return new ApiError(status, detail ?? base.detail, {}, code);
}

/**
 * True for a failed check of a specific key — what the per-key failure limit counts. An exhausted
 * usage allowance is left out: it is a quota answer about a good key, and a metered app that keeps
 * asking must not get the key's plain validations refused as well.
 */
export function isLicenseKeyFailure(err: unknown): err is ApiError {
  return (
    err instanceof ApiError &&
    err.machineCode !== "usage_limit_exceeded" &&
    (LICENSE_KEY_ERROR_CODES as readonly string[]).includes(err.machineCode ?? "")
  );
}

/**
 * parseBody for the license API: a bad body is still 422 with per-field `detail`, and also carries
 * `code: "validation_error"`, so that every failure of this API has a code.
 */
export async function parseLicenseKeyBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  try {
    return await parseBody(req, schema);
  } catch (err) {
    if (err instanceof ApiError && err.machineCode === undefined) {
      throw new ApiError(err.code, err.detail, err.headers, err.code === "validation" ? "validation_error" : err.code);
    }
    throw err;
  }
}
