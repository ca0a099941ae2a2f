// The `state` of the GitHub App install link: the organization that asked, signed and short-lived,
// so GitHub's setup redirect can only attach an installation to the organization that started it.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

const TTL_MS = 30 * 60 * 1000;

const mac = (body: string) => {
  const key = Buffer.from(hkdfSync("sha256", process.env.AUTH_SECRET ?? "", "benefactor", "github-install-state/v1", 32));
  return createHmac("sha256", key).update(body).digest("base64url");
};

export function createInstallState(organizationId: string, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ o: organizationId, e: now + TTL_MS })).toString("base64url");
  return `${body}.${mac(body)}`;
}

export function readInstallState(value: string, now = Date.now()): string | null {
  const [body, sig] = value.split(".");
  if (!body || !sig) return null;
  const expected = Buffer.from(mac(body));
  if (expected.length !== Buffer.byteLength(sig) || !timingSafeEqual(expected, Buffer.from(sig))) return null;
  try {
    const p = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as { o: string; e: number };
    return typeof p.o === "string" && p.e >= now ? p.o : null;
  } catch {
    return null;
  }
}
