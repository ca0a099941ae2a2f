// Who is calling: the app itself (an RS256 JWT signed with its private key), an installation
// (an installation access token), a fine-grained personal access token, or an OAuth user token.
import { createVerify } from "node:crypto";
import type { Req } from "./http";
import type { Caller, State } from "./state";

export type AuthResult = { app: true } | { caller: Caller } | { error: string } | null;

function verifyAppJwt(state: State, jwt: string): boolean | string {
  const [header, payload, signature] = jwt.split(".");
  if (!header || !payload || !signature) return false;
  const verifier = createVerify("RSA-SHA256");
  verifier.update(`${header}.${payload}`);
  if (!verifier.verify(state.app.publicKey, Buffer.from(signature, "base64url"))) return "A JSON web token could not be decoded";
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { iss?: unknown; exp?: number; iat?: number };
  if (String(claims.iss) !== String(state.app.id)) return "Integration not found";
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== "number" || claims.exp < now) return "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires";
  if (claims.exp - (claims.iat ?? now) > 600 + 60) return "'Expiration time' claim ('exp') is too far in the future";
  return true;
}

export function authenticate(state: State, req: Req): AuthResult {
  const header = req.headers.authorization;
  if (!header) return null;
  const token = header.replace(/^(bearer|token)\s+/i, "");
  if (token.split(".").length === 3 && token.startsWith("ey")) {
    const ok = verifyAppJwt(state, token);
    return ok === true ? { app: true } : { error: typeof ok === "string" ? ok : "A JSON web token could not be decoded" };
  }
  const inst = state.installationTokens.get(token);
  if (inst) {
    if (inst.expiresAt.getTime() < Date.now()) return { error: "Bad credentials" };
    const installation = state.installations.get(inst.installationId);
    return installation ? { caller: { kind: "installation", installation } } : { error: "Bad credentials" };
  }
  const pat = state.pats.get(token);
  if (pat) return { caller: { kind: "pat", token, ...pat } };
  const login = state.userTokens.get(token);
  if (login) return { caller: { kind: "oauth", login } };
  return { error: "Bad credentials" };
}
