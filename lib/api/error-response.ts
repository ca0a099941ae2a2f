import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { zodIssues } from "@/lib/api/zod-issues";
import { Prisma } from "@/lib/generated/prisma/client";

/** The one place an error becomes an HTTP response. Unexpected errors never leak their message. */
export function errorResponse(err: unknown): Response {
  const apiError = toApiError(err);
  if (apiError) {
    return Response.json(
      {
        error: apiError.error,
        detail: apiError.detail,
        ...(apiError.machineCode === undefined ? {} : { code: apiError.machineCode }),
      },
      { status: apiError.status, headers: apiError.headers },
    );
  }
  console.error("[api] unexpected error", err);
  return Response.json({ error: "InternalServerError", detail: "An unexpected error occurred" }, { status: 500 });
}

function toApiError(err: unknown): ApiError | null {
  if (err instanceof ApiError) return err;
  if (err instanceof z.ZodError) return new ApiError("validation", zodIssues(err, "body"));
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    // P2002 unique violation, P2025 record to update/delete not found.
    if (err.code === "P2002") return new ApiError("conflict", "A resource with these values already exists");
    if (err.code === "P2025") return ApiError.notFound();
  }
  return null;
}
