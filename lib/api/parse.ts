import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { zodIssues } from "@/lib/api/zod-issues";

const MAX_BODY_BYTES = 1_000_000;

/** Read and validate a JSON body; malformed JSON and schema failures are 422 with field detail. */
export async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.output<S>> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new ApiError("payload_too_large", "Request body is too large");
  let json: unknown;
  try {
    json = text.trim() === "" ? undefined : JSON.parse(text);
  } catch {
    throw ApiError.invalid(["body"], "Request body is not valid JSON", "json_invalid");
  }
  if (json === undefined) throw ApiError.invalid(["body"], "Request body is required", "missing");
  const result = schema.safeParse(json, { reportInput: true });
  if (!result.success) throw new ApiError("validation", zodIssues(result.error, "body"));
  return result.data;
}

/** Validate query parameters. Repeated keys become arrays, so `?id=a&id=b` reaches the schema as a list. */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  const params = new URL(req.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) throw new ApiError("validation", zodIssues(result.error, "query"));
  return result.data;
}

const uuid = z.uuid();

/** Path ids are UUIDs; anything else cannot exist, so it is a 404 rather than a database error. */
export function parseId(id: string, what = "Resource"): string {
  if (!uuid.safeParse(id).success) throw ApiError.notFound(what);
  return id;
}

/** Query-string helpers: one value or many, booleans as "true"/"false". */
export const queryList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .optional();

export const queryBoolean = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();
