// Small HTTP helpers for the fake: JSON bodies, Discord's error shape, reading bodies.
import type { IncomingMessage, ServerResponse } from "node:http";

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export function send(res: ServerResponse, reply: Reply) {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const isText = typeof reply.body === "string";
  headers["content-type"] ??= isText ? "text/html; charset=utf-8" : "application/json";
  res.writeHead(reply.status, headers).end(isText ? (reply.body as string) : JSON.stringify(reply.body));
}

/** Discord's JSON error: `{message, code}` with the HTTP status Discord uses for it. */
export const discordError = (status: number, code: number, message: string): Reply => ({ status, body: { message, code } });

export const ERRORS = {
  unauthorized: () => discordError(401, 0, "401: Unauthorized"),
  unknownGuild: () => discordError(404, 10004, "Unknown Guild"),
  unknownMember: () => discordError(404, 10007, "Unknown Member"),
  unknownRole: () => discordError(404, 10011, "Unknown Role"),
  unknownUser: () => discordError(404, 10013, "Unknown User"),
  missingAccess: () => discordError(403, 50001, "Missing Access"),
  missingPermissions: () => discordError(403, 50013, "Missing Permissions"),
  invalidOAuthToken: () => discordError(403, 50025, "Invalid OAuth2 access token"),
  notFound: () => discordError(404, 0, "404: Not Found"),
};

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** JSON or form-encoded body as a plain object; `null` when it is neither. */
export async function readParams(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const text = await readBody(req);
  if (!text) return {};
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
