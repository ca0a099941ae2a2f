import { downloadUrlTtlSeconds } from "@/lib/files/file-limits";
import { isValidSignature, sign } from "@/lib/files/signing-key";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A customer's download link: `<downloadable id>.<expires>.<signature>`. The downloadable row is
 * one customer × file × benefit, so the link is bound to all three; the HMAC covers the id and
 * the expiry, so neither can be changed.
 */
export function downloadUrl(baseUrl: string, downloadableId: string, now = Date.now()): { url: string; expiresAt: Date } {
  const expires = Math.floor(now / 1000) + downloadUrlTtlSeconds();
  const signature = sign("download", `${downloadableId}:${expires}`).toString("base64url");
  return { url: `${baseUrl}/v1/files/downloads/${downloadableId}.${expires}.${signature}`, expiresAt: new Date(expires * 1000) };
}

export type DownloadTokenCheck = { ok: true; downloadableId: string } | { ok: false; reason: "invalid" | "expired" };

/** Signature first: a link whose expiry was edited is tampered (403), not expired (410). */
export function verifyDownloadToken(token: string, now = Date.now()): DownloadTokenCheck {
  const [id, expiresText, signature, ...rest] = token.split(".");
  if (rest.length > 0 || !id || !UUID.test(id) || !/^\d{1,12}$/.test(expiresText ?? "") || !signature) return { ok: false, reason: "invalid" };
  if (!isValidSignature("download", `${id}:${expiresText}`, signature)) return { ok: false, reason: "invalid" };
  if (Number(expiresText) * 1000 < now) return { ok: false, reason: "expired" };
  return { ok: true, downloadableId: id };
}
