"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { parseId } from "@/lib/api/parse";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { redeliverWebhookEvent } from "@/lib/webhooks/redeliver-webhook-event";
import { resetWebhookEndpointSecret } from "@/lib/webhooks/reset-webhook-endpoint-secret";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { webhookEndpointFormSchema } from "@/lib/webhooks/webhook-endpoint-input";

const webhooksPath = (slug: string) => `/dashboard/${slug}/settings/webhooks`;

// /dashboard/[org]/settings/webhooks — create an endpoint; its secret is returned this once.
export async function createWebhookEndpointAction(slug: string, input: unknown): Promise<ActionResult<{ id: string; url: string; secret: string }>> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const values = webhookEndpointFormSchema.parse(input);
    const { endpoint, secret } = await createWebhookEndpoint(db, org.id, { ...values, format: "raw" });
    revalidatePath(webhooksPath(slug));
    return { id: endpoint.id, url: endpoint.url, secret };
  });
}

// /dashboard/[org]/settings/webhooks/[id] — switch an endpoint on or off.
export async function setWebhookEndpointEnabledAction(slug: string, id: string, isEnabled: boolean): Promise<ActionResult> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await updateWebhookEndpoint(db, org.id, parseId(id, "Webhook endpoint"), { enabled: isEnabled });
    revalidatePath(webhooksPath(slug), "layout");
    return undefined;
  });
}

// /dashboard/[org]/settings/webhooks/[id] — replace the signing secret (returned this once).
export async function resetWebhookSecretAction(slug: string, id: string): Promise<ActionResult<{ url: string; secret: string }>> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const { endpoint, secret } = await resetWebhookEndpointSecret(db, org.id, parseId(id, "Webhook endpoint"));
    return { url: endpoint.url, secret };
  });
}

// /dashboard/[org]/settings/webhooks/[id] — delete an endpoint and its delivery log.
export async function deleteWebhookEndpointAction(slug: string, id: string): Promise<ActionResult> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "delete");
    await deleteWebhookEndpoint(db, org.id, parseId(id, "Webhook endpoint"));
    revalidatePath(webhooksPath(slug), "layout");
    return undefined;
  });
}

// /dashboard/[org]/settings/webhooks/[id] — send an event once more.
export async function redeliverWebhookEventAction(slug: string, eventId: string): Promise<ActionResult> {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await redeliverWebhookEvent(db, org.id, parseId(eventId, "Webhook event"));
    revalidatePath(webhooksPath(slug), "layout");
    return undefined;
  });
}
