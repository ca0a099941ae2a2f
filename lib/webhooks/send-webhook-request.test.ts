import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { sendWebhookRequest } from "@/lib/webhooks/send-webhook-request";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

const send = (url: string, timeoutMs?: number) =>
  sendWebhookRequest({ url, secret: `whsec_${Buffer.alloc(32, 3).toString("base64")}`, messageId: "evt_1", body: "{}", timeoutMs });

describe("sendWebhookRequest", () => {
  test("a receiver that does not answer in time is a failure without an HTTP code", async () => {
    const url = await serve(() => {
      // never answers
    });
    const attempt = await send(url, 200);
    expect(attempt).toMatchObject({ isSuccess: false, httpCode: null, response: "No response within 0.2 s" });
    expect(attempt.durationMs).toBeGreaterThanOrEqual(190);
  });

  test("keeps only the first kilobyte of the response", async () => {
    const url = await serve((_req, res) => res.writeHead(500).end("é".repeat(5000)));
    const attempt = await send(url);
    expect(attempt.httpCode).toBe(500);
    expect(attempt.response).toHaveLength(512);
  });

  test("does not follow redirects: a 3xx is a failure", async () => {
    let hits = 0;
    const target = await serve((_req, res) => {
      hits++;
      res.writeHead(200).end("ok");
    });
    const url = await serve((_req, res) => res.writeHead(302, { location: target }).end());
    expect(await send(url)).toMatchObject({ isSuccess: false, httpCode: 302 });
    expect(hits).toBe(0);
  });

  test("reads Retry-After", async () => {
    const url = await serve((_req, res) => res.writeHead(429, { "retry-after": "30" }).end());
    expect(await send(url)).toMatchObject({ isSuccess: false, httpCode: 429, retryAfterMs: 30_000 });
  });
});
