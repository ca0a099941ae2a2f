import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";

/**
 * Where deliveries go: an absolute http(s) URL without credentials (a secret in the URL would be
 * shown in the dashboard and logged by proxies; the signature authenticates us instead).
 */
export const webhookUrl = z
  .string()
  .trim()
  .min(1, "Enter the URL that receives the webhooks")
  .max(2048, "At most 2048 characters")
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a full URL, e.g. https://example.com/webhooks" });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: "Must be an http:// or https:// URL" });
    } else if (url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "Must not contain a user name or password" });
    } else if (!url.hostname) {
      ctx.addIssue({ code: "custom", message: "Must include a host name" });
    }
  });

const events = z.array(z.enum(WEBHOOK_EVENT_TYPES)).transform((list) => [...new Set(list)]);
// Polar's formats are raw, discord and slack; Benefactor sends the raw JSON payload only.
const format = z.literal("raw", { error: "Benefactor sends the raw format only" });

/** Polar's WebhookEndpointCreate (`name` and `api_version` are accepted and ignored: not stored). */
export const createWebhookEndpointBody = z.object({
  url: webhookUrl,
  format: format.default("raw"),
  events,
  organization_id: z.uuid().nullish(),
});

/** Polar's WebhookEndpointUpdate: null or absent leaves a field as it is. */
export const updateWebhookEndpointBody = z.object({
  url: webhookUrl.nullish(),
  format: format.nullish(),
  events: events.nullish(),
  enabled: z.boolean().nullish(),
});

export type CreateWebhookEndpointInput = z.output<typeof createWebhookEndpointBody>;
export type UpdateWebhookEndpointInput = z.output<typeof updateWebhookEndpointBody>;

/** The dashboard's form: a URL and at least one event. */
export const webhookEndpointFormSchema = z.object({
  url: webhookUrl,
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, "Choose at least one event"),
});
export type WebhookEndpointFormValues = z.infer<typeof webhookEndpointFormSchema>;
