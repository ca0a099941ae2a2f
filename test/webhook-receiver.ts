// A webhook receiver for tests: a real HTTP server on 127.0.0.1 that verifies EVERY delivery with
// the standardwebhooks library (the way a merchant's app would), dedupes by webhook-id, and can be
// told how to answer the next requests (500 for a while, 410, Retry-After…).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deliverWebhookEvent } from "@/lib/webhooks/deliver-webhook-event";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/event-types";

export type ReceivedWebhook = {
  id: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** What Webhook.verify returned (the parsed payload), or null if verification failed. */
  payload: { type: string; timestamp: string; data: Record<string, unknown> } | null;
  verifyError: string | null;
  /** What the receiver answered. */
  status: number;
};

type Reply = { status: number; headers?: Record<string, string>; body?: string };

export async function startWebhookReceiver() {
  const requests: ReceivedWebhook[] = [];
  const replies: Reply[] = [];
  let secret: string | null = null;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let payload: ReceivedWebhook["payload"] = null;
      let verifyError: string | null = null;
      try {
        if (!secret) throw new Error("receiver has no secret");
        payload = new Webhook(secret).verify(body, req.headers as Record<string, string>) as ReceivedWebhook["payload"];
      } catch (err) {
        verifyError = (err as Error).message;
      }
      const reply = replies.shift() ?? { status: verifyError ? 401 : 200, body: verifyError ?? '{"received":true}' };
      requests.push({ id: String(req.headers["webhook-id"]), headers: req.headers, body, payload, verifyError, status: reply.status });
      res.writeHead(reply.status, { "content-type": "text/plain", ...reply.headers });
      res.end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    requests,
    setSecret(value: string) {
      secret = value;
    },
    /** The next `count` requests get this answer; afterwards 200 again. */
    replyWith(reply: Reply, count = 1) {
      for (let i = 0; i < count; i++) replies.push(reply);
    },
    /** Requests that verified and were answered 2xx: what the merchant's app acted on. */
    accepted(): ReceivedWebhook[] {
      return requests.filter((r) => r.payload && r.status >= 200 && r.status < 300);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** An endpoint of the organization pointing at a fresh receiver that knows its secret. */
export async function createReceivingEndpoint(organizationId: string, events: WebhookEventType[] = [...WEBHOOK_EVENT_TYPES]) {
  const receiver = await startWebhookReceiver();
  const { endpoint, secret } = await createWebhookEndpoint(db, organizationId, { url: receiver.url, events, format: "raw" });
  receiver.setSecret(secret);
  return { receiver, endpoint, secret };
}

/**
 * Emits in a transaction and marks the delivery jobs done before it commits, so the test drives
 * delivery itself (deliverWebhookEvent) and a job runner in the app server cannot race it.
 */
export async function emitForTest(organizationId: string, type: WebhookEventType, data: Record<string, unknown>) {
  return db.$transaction(async (tx) => {
    await emitWebhookEvent(tx, organizationId, type, data);
    const jobs = await tx.outbox.findMany({
      where: { organizationId, name: "webhooks/event.delivery-requested", completedAt: null },
      select: { id: true, data: true, concurrencyKey: true },
    });
    await tx.outbox.updateMany({ where: { id: { in: jobs.map((j) => j.id) } }, data: { completedAt: new Date() } });
    return jobs.map((j) => ({ ...(j.data as { webhookEventId: string; endpointId: string }), concurrencyKey: j.concurrencyKey }));
  });
}

/** Runs a delivery and returns what it threw instead of throwing. */
export async function tryDeliver(webhookEventId: string) {
  try {
    return await deliverWebhookEvent(db, webhookEventId);
  } catch (err) {
    return err as Error;
  }
}
