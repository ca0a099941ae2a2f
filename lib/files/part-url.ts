import { PART_URL_TTL_SECONDS } from "@/lib/files/file-limits";
import { isValidSignature, sign } from "@/lib/files/signing-key";

export type PartGrant = { fileId: string; number: number; size: number; checksumSha256: string | null };

const message = (p: PartGrant, expires: number) => `${p.fileId}:${p.number}:${p.size}:${p.checksumSha256 ?? ""}:${expires}`;

/**
 * The URL a part's bytes are PUT to: signed (HMAC) over the file, the part number, its exact
 * length and its declared SHA-256, so the URL uploads that part and nothing else.
 */
export function partUrl(baseUrl: string, part: PartGrant, now = Date.now()): { url: string; expiresAt: Date } {
  const expires = Math.floor(now / 1000) + PART_URL_TTL_SECONDS;
  const url = new URL(`${baseUrl}/v1/files/${part.fileId}/parts/${part.number}`);
  url.searchParams.set("size", String(part.size));
  if (part.checksumSha256) url.searchParams.set("sha256", part.checksumSha256);
  url.searchParams.set("expires", String(expires));
  url.searchParams.set("signature", sign("part", message(part, expires)).toString("base64url"));
  return { url: url.toString(), expiresAt: new Date(expires * 1000) };
}

export type PartUrlCheck = { ok: true; part: PartGrant } | { ok: false; reason: "invalid" | "expired" };

/** Reads and checks a part URL's query; expiry is checked now, when the upload of the part starts. */
export function verifyPartUrl(fileId: string, number: number, query: URLSearchParams, now = Date.now()): PartUrlCheck {
  const size = Number(query.get("size"));
  const expires = Number(query.get("expires"));
  const signature = query.get("signature") ?? "";
  if (!Number.isSafeInteger(size) || !Number.isSafeInteger(expires) || !signature) return { ok: false, reason: "invalid" };
  const part = { fileId, number, size, checksumSha256: query.get("sha256") };
  if (!isValidSignature("part", message(part, expires), signature)) return { ok: false, reason: "invalid" };
  if (expires * 1000 < now) return { ok: false, reason: "expired" };
  return { ok: true, part };
}
