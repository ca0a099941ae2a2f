import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { DirectRoute } from "./direct-routes";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Runs a route handler written for the web Request/Response API on a node:http request.
 * Like Next's server: the socket's address becomes `x-forwarded-for` when the request has none
 * (lib/rate-limit/client-ip.ts reads it), and the request's signal aborts when the client hangs up.
 * A streaming route gets the request body as a stream and its response body is piped out as it is
 * read; other routes' bodies (a license check's few hundred bytes) are read whole.
 */
export async function serveWebHandler(route: DirectRoute, req: IncomingMessage, res: ServerResponse, origin: string) {
  const aborted = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);

  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: aborted.signal };
  let discardBody = () => {};
  if (req.method !== "GET" && req.method !== "HEAD") {
    if (route.stream) {
      const body = requestBody(req);
      init.body = body.stream;
      init.duplex = "half";
      discardBody = body.discard;
    } else {
      const body = await readBody(req);
      if (body === null) return send(res, 413, { error: "PayloadTooLarge", detail: "The request body is larger than 1 MiB", code: "payload_too_large" });
      init.body = new Uint8Array(body);
    }
  }

  const request = new Request(new URL(req.url ?? "/", origin), init);
  const response = await route.handler(request, { params: Promise.resolve(route.params) }).finally(discardBody);
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => (out[name] = value));

  if (route.stream && response.body) {
    // The handler set Content-Length (a file's or a range's size); Next would have dropped it.
    res.writeHead(response.status, out);
    await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), res).catch((err) => {
      // A client that stops a download mid-way is not an error of ours.
      if (!aborted.signal.aborted) throw err;
    });
    return;
  }
  const payload = Buffer.from(await response.arrayBuffer());
  if (req.method !== "HEAD") out["content-length"] = String(payload.length);
  res.writeHead(response.status, out);
  res.end(payload);
}

/**
 * The request body as a web stream with backpressure. Unlike Readable.toWeb, a handler that stops
 * reading (a part refused for its length) does not destroy the socket: `discard()` reads the rest
 * and drops it, so the client gets the answer instead of a reset connection.
 */
function requestBody(req: IncomingMessage): { stream: ReadableStream<Uint8Array>; discard: () => void } {
  let open = true;
  const discard = () => {
    open = false;
    req.resume();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on("data", (chunk: Buffer) => {
          if (!open) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once("end", () => {
          if (open) controller.close();
          open = false;
        });
        req.once("error", (err) => {
          if (open) controller.error(err);
          open = false;
        });
        req.pause();
      },
      pull: () => void req.resume(),
      cancel: discard,
    },
    { highWaterMark: 4 },
  );
  return { stream, discard };
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
