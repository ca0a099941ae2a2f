import type { z } from "zod";

/**
 * Plain-language messages for zod's generic issues, used when the form checks values in the
 * browser. Messages a schema sets itself ("At least 3 characters") take precedence over these.
 */
export function friendlyZodError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === "" ? "Required" : undefined;
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? "Required" : `At least ${min} characters`;
      if (issue.origin === "array") return min === 1 ? "Add at least one" : `Add at least ${min}`;
      return `Must be at least ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return `At most ${max} characters`;
      if (issue.origin === "array") return `At most ${max}`;
      return `Must be at most ${max.toLocaleString("en-US")}`;
    }
    default:
      return undefined;
  }
}
