/**
 * A refused signed link (part upload or download): 403 tampered or revoked, 410 expired, 416 a
 * range past the end. Thrown by lib/files and turned into JSON by linkErrorResponse in the
 * route, since these statuses are specific to links and not part of ApiError's set.
 */
export class FileLinkError extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 410 | 416 | 422,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "FileLinkError";
  }
}

const ERROR_NAMES = {
  403: "NotPermitted",
  404: "ResourceNotFound",
  409: "Conflict",
  410: "Gone",
  416: "RangeNotSatisfiable",
  422: "RequestValidationError",
} as const;

export function linkErrorResponse(err: FileLinkError): Response {
  return Response.json(
    { error: ERROR_NAMES[err.status], detail: err.message, code: err.code },
    { status: err.status, headers: { "Cache-Control": "no-store", ...err.headers } },
  );
}

/** Runs a link handler, answering its FileLinkErrors; anything else goes to the route wrapper. */
export async function answeringLinkErrors(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof FileLinkError) return linkErrorResponse(err);
    throw err;
  }
}
