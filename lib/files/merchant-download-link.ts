import { isValidSignature, sign } from "@/lib/files/signing-key";

// Long enough to start a download after a click; the merchant's session or token is checked
// when the link is made.
const TTL_SECONDS = 300;

/**
 * The merchant's own download goes through a short-lived signed link, like a customer's: the
 * authenticated route checks the session and redirects here, and the link is served straight from
 * node:http by the production server (server/direct-routes.ts), which needs no session.
 */
export function merchantDownloadPath(fileId: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + TTL_SECONDS;
  const signature = sign("merchant-download", `${fileId}:${expires}`).toString("base64url");
  return `/v1/files/${fileId}/content?expires=${expires}&signature=${signature}`;
}

/** Signature first: an edited expiry is tampered (invalid), not expired. */
export function verifyMerchantDownload(fileId: string, query: URLSearchParams, now = Date.now()): "ok" | "invalid" | "expired" {
  const expires = query.get("expires") ?? "";
  const signature = query.get("signature") ?? "";
  if (!/^\d{1,12}$/.test(expires) || !signature) return "invalid";
  if (!isValidSignature("merchant-download", `${fileId}:${expires}`, signature)) return "invalid";
  return Number(expires) * 1000 < now ? "expired" : "ok";
}
