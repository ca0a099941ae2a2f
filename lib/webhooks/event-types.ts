// The events Benefactor sends to webhook endpoints (Polar's names). Plain data, so client
// components (the endpoint form's checkboxes) can import it too.

export const WEBHOOK_EVENT_TYPES = [
  "benefit_grant.created",
  "benefit_grant.updated",
  "benefit_grant.revoked",
  "benefit_grant.cycled",
  "benefit.created",
  "benefit.updated",
  "benefit.deleted",
  "customer_meter.balance_low",
  "license_key.rotated",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  "benefit_grant.created": "A customer was granted a benefit (or the grant is waiting on them).",
  "benefit_grant.updated": "A grant changed: delivered, failed, or its benefit was edited.",
  "benefit_grant.revoked": "A customer lost a benefit.",
  "benefit_grant.cycled": "A subscription renewed and its grant was cycled.",
  "benefit.created": "A benefit was created.",
  "benefit.updated": "A benefit was edited.",
  "benefit.deleted": "A benefit was deleted.",
  "customer_meter.balance_low": "Usage took a customer's meter balance below its credit benefit's low-balance threshold (once per crossing).",
  "license_key.rotated": "A license key got a new key string; the old one no longer validates. The payload has the new key.",
};
