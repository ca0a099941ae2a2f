/** One error type for every expected failure; lib/api/error-response.ts maps it to HTTP. */

export type ValidationIssue = { loc: (string | number)[]; msg: string; type: string; input?: unknown };

const STATUS = {
  bad_request: { status: 400, error: "BadRequest" },
  unauthorized: { status: 401, error: "Unauthorized" },
  forbidden: { status: 403, error: "NotPermitted" },
  not_found: { status: 404, error: "ResourceNotFound" },
  method_not_allowed: { status: 405, error: "MethodNotAllowed" },
  conflict: { status: 409, error: "ResourceAlreadyExists" },
  payload_too_large: { status: 413, error: "PayloadTooLarge" },
  validation: { status: 422, error: "RequestValidationError" },
  rate_limited: { status: 429, error: "TooManyRequests" },
} as const;

export type ApiErrorCode = keyof typeof STATUS;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly detail: string | ValidationIssue[];
  readonly headers: Record<string, string>;
  /**
   * A finer, documented reason sent next to `error` as `code` (the license API's `revoked`,
   * `expired`…), so a client can tell its user exactly why. `error` stays Polar's name, which the
   * SDK maps to its error classes.
   */
  readonly machineCode: string | undefined;

  constructor(
    code: ApiErrorCode,
    detail: string | ValidationIssue[],
    headers: Record<string, string> = {},
    machineCode?: string,
  ) {
    super(typeof detail === "string" ? detail : `${STATUS[code].error}: ${detail.map((d) => d.msg).join("; ")}`);
    this.name = "ApiError";
    this.code = code;
    this.detail = detail;
    this.headers = headers;
    this.machineCode = machineCode;
  }

  get status(): number {
    return STATUS[this.code].status;
  }

  get error(): string {
    return STATUS[this.code].error;
  }

  static notFound(what = "Resource"): ApiError {
    return new ApiError("not_found", `${what} not found`);
  }

  static unauthorized(detail = "Missing or invalid access token"): ApiError {
    return new ApiError("unauthorized", detail, { "WWW-Authenticate": "Bearer" });
  }

  static forbidden(detail = "You don't have the permission to do this"): ApiError {
    return new ApiError("forbidden", detail);
  }

  /** A single-field validation failure, shaped like the ones zod produces. */
  static invalid(loc: (string | number)[], msg: string, type = "value_error"): ApiError {
    return new ApiError("validation", [{ loc, msg, type }]);
  }
}
