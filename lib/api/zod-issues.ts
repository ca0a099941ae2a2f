import type { z } from "zod";
import type { ValidationIssue } from "@/lib/api/errors";

/** zod issues → FastAPI/Polar-style `detail` entries (`loc` starts with body/query/path). */
export function zodIssues(error: z.ZodError, where: "body" | "query" | "path"): ValidationIssue[] {
  return error.issues.map((issue) => {
    const isMissing = issue.code === "invalid_type" && issue.input === undefined;
    return {
      loc: [where, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
      msg: isMissing ? "Field required" : issue.message,
      type: isMissing ? "missing" : issue.code,
    };
  });
}
