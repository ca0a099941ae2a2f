import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import type { OrgHandlerContext } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const HEADER = "idempotency-key";
const MAX_KEY_LENGTH = 255;
/** A key answers retries for a day; after that it is forgotten and may be reused. */
const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** A first request still "running" after this long died with its process: a retry takes over. */
const ABANDONED_MS = 60_000;
/** How long a retry waits for the first request to finish (under the SDK's 5 s timeout). */
const WAIT_MS = 4_000;
const POLL_MS = 50;

/** The first response, byte for byte (null body: a 204). */
type Stored = { body: string | null; contentType: string | null };
type Claim = { kind: "claimed" } | { kind: "replay"; status: number; response: Stored } | { kind: "busy" };

/**
 * Makes a write safe to retry with an `Idempotency-Key` header (≤255 characters), inside withOrg:
 * `withOrg(withIdempotency(handler), {...})`. The first request claims (organization, key) with a
 * fingerprint of method, path and body, runs, and stores its response; a retry with the same
 * request gets that response again (`Idempotent-Replayed: true`), or waits for it while the first
 * is still running (409 IdempotencyKeyInUse if it takes too long). The same key with a different
 * request is a 422. Failed requests (4xx/5xx) are not stored, so the client can fix and retry.
 * Without the header the handler just runs.
 */
export function withIdempotency<P>(handler: (ctx: OrgHandlerContext<P>) => Promise<Response>) {
  return async (ctx: OrgHandlerContext<P>): Promise<Response> => {
    const key = ctx.req.headers.get(HEADER);
    if (key === null) return handler(ctx);
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw ApiError.invalid(["header", "Idempotency-Key"], `Must be between 1 and ${MAX_KEY_LENGTH} characters`);
    }
    const id = { organizationId: ctx.organizationId, key };
    const fingerprint = fingerprintOf(ctx.req.method, ctx.req.url, await ctx.req.clone().text());
    const claim = await claimKey(id, fingerprint);
    if (claim.kind === "busy") {
      return Response.json(
        { error: "IdempotencyKeyInUse", detail: "A request with this Idempotency-Key is still being processed; retry later" },
        { status: 409, headers: { "Retry-After": "1" } },
      );
    }
    if (claim.kind === "replay") return replay(claim.status, claim.response);

    let res: Response;
    try {
      res = await handler(ctx);
    } catch (err) {
      await release(id, fingerprint);
      throw err;
    }
    if (res.status >= 400) {
      await release(id, fingerprint);
      return res;
    }
    const text = await res.clone().text();
    const response: Stored = { body: res.status === 204 ? null : text, contentType: res.headers.get("content-type") };
    try {
      await db.idempotencyKey.updateMany({
        where: { ...id, fingerprint, status: null },
        data: { status: res.status, response: response as Prisma.InputJsonObject },
      });
    } catch (err) {
      // The write committed: answer truthfully. Retries see the key in progress until it is abandoned.
      console.error("[idempotency] could not store the response", err);
    }
    return res;
  };
}

async function claimKey(id: { organizationId: string; key: string }, fingerprint: string): Promise<Claim> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    // ON CONFLICT DO NOTHING on the primary key: exactly one concurrent request claims the key.
    const { count } = await db.idempotencyKey.createMany({ data: [{ ...id, fingerprint }], skipDuplicates: true });
    if (count === 1) return { kind: "claimed" };
    const row = await db.idempotencyKey.findUnique({ where: { organizationId_key: id } });
    if (!row) continue; // the first request failed and let go of the key: claim it
    const age = Date.now() - row.createdAt.getTime();
    if (age > IDEMPOTENCY_RETENTION_MS || (row.status === null && age > ABANDONED_MS)) {
      await db.idempotencyKey.deleteMany({ where: { ...id, createdAt: row.createdAt, status: row.status } });
      continue;
    }
    if (row.fingerprint !== fingerprint) {
      throw ApiError.invalid(["header", "Idempotency-Key"], "This Idempotency-Key was used with a different request");
    }
    if (row.status !== null) return { kind: "replay", status: row.status, response: row.response as Stored };
    if (Date.now() >= deadline) return { kind: "busy" };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function release(id: { organizationId: string; key: string }, fingerprint: string) {
  await db.idempotencyKey.deleteMany({ where: { ...id, fingerprint, status: null } });
}

function replay(status: number, response: Stored): Response {
  const headers = new Headers({ "Idempotent-Replayed": "true" });
  if (response.contentType) headers.set("content-type", response.contentType);
  return new Response(response.body, { status, headers });
}

/** sha256 of method, path (without a trailing slash) and the body with its object keys sorted. */
export function fingerprintOf(method: string, url: string, body: string): string {
  const { pathname, search } = new URL(url);
  let canonical = body;
  try {
    canonical = body.trim() === "" ? "" : JSON.stringify(sortKeys(JSON.parse(body)));
  } catch {
    // Not JSON: the raw text is the body (the handler will refuse it, and nothing is stored).
  }
  return createHash("sha256").update(`${method.toUpperCase()} ${pathname.replace(/\/+$/, "")}${search}\n${canonical}`).digest("hex");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** Forgets keys older than the retention (the job runner may call it periodically; lookups ignore them anyway). */
export async function purgeIdempotencyKeys(now: Date = new Date()): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS) } } });
  return count;
}
