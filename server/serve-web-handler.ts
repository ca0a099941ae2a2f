import type { IncomingMessage, ServerResponse } from "node:http";
import type { WebHandler } from "./direct-routes";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Runs a route handler written for the web Request/Response API on a node:http request.
 * Like Next's server: the socket's address becomes `x-forwarded-for` when the request has none
 * (lib/rate-limit/client-ip.ts reads it), and the request's signal aborts when the client hangs up.
 */
export async function serveWebHandler(handler: WebHandler, req: IncomingMessage, res: ServerResponse, origin: string) {
  const aborted = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });

  const body = await readBody(req);
  if (body === null) return send(res, 413, { error: "PayloadTooLarge", detail: "The request body is larger than 1 MiB", code: "payload_too_large" });

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);

  const request = new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body: new Uint8Array(body), signal: aborted.signal });
  const response = await handler(request, { params: Promise.resolve({}) });
  const payload = Buffer.from(await response.arrayBuffer());
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => (out[name] = value));
  out["content-length"] = String(payload.length);
  res.writeHead(response.status, out);
  res.end(payload);
}

/** The whole body, or null once it passes the limit (a license check is a few hundred bytes). */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
