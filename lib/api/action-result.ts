import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** What a server action returns to its form: data, or messages keyed by field ("" = the form). */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/** A dotted field name from an API `loc` (["body","properties","prefix"] → "properties.prefix"). */
function fieldName(loc: (string | number)[]): string {
  return loc.filter((p, i) => !(i === 0 && (p === "body" || p === "query" || p === "path"))).join(".");
}

/**
 * Runs an action's domain call and turns expected failures into field messages, so the form can
 * show them beside the inputs. Unexpected errors are logged and reported generically.
 */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    if (err instanceof ApiError) {
      if (typeof err.detail === "string") return { ok: false, errors: { "": err.detail } };
      return { ok: false, errors: Object.fromEntries(err.detail.map((d) => [fieldName(d.loc), d.msg])) };
    }
    if (err instanceof z.ZodError) {
      return { ok: false, errors: Object.fromEntries(err.issues.map((i) => [i.path.join("."), i.message])) };
    }
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      return { ok: false, errors: { "": "This already exists" } };
    }
    console.error("[action] unexpected error", err);
    return { ok: false, errors: { "": "Something went wrong. Try again." } };
  }
}
