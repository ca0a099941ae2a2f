import { z } from "zod";

export const MAX_EVENTS_PER_CALL = 1000;
/** How far ahead of the server's clock an event may be stamped: clocks drift, the future does not happen. */
export const FUTURE_SKEW_MS = 5 * 60_000;

// Numbers are bounded so any sum of them stays exact in the aggregates' numeric(30, 6).
const metadataValue = z.union(
  [
    z.string().max(500, "Strings are at most 500 characters"),
    z.number().min(-1e15, "Numbers are between -1e15 and 1e15").max(1e15, "Numbers are between -1e15 and 1e15"),
    z.boolean(),
    z.record(z.string(), z.json()),
  ],
  { error: "A string (up to 500 characters), a number between -1e15 and 1e15, a boolean or an object" },
);

const eventMetadata = z
  .record(z.string().min(1).max(40, "Keys are at most 40 characters"), metadataValue)
  .refine((m) => Object.keys(m).length <= 50, "At most 50 metadata keys");

const timestamp = z.iso
  .datetime({ offset: true, error: "Must be an ISO-8601 date-time with a timezone" })
  .transform((v) => new Date(v))
  .refine((d) => d.getTime() <= Date.now() + FUTURE_SKEW_MS, "Must not be in the future");

/**
 * One event of Polar's `EventCreateCustomer | EventCreateExternalCustomer`: who (`customer_id` or
 * `external_customer_id`), what (`name`, `metadata`), when (`timestamp`, default now) and, for safe
 * retries, the sender's own `external_id`. Polar's member and parent fields are accepted and not
 * stored; `organization_id` is the token's organization.
 */
const eventInput = z
  .object({
    name: z.string().trim().min(1, "Name is required").max(255),
    customer_id: z.uuid("Not a customer id").nullish(),
    external_customer_id: z.string().min(1).max(256).nullish(),
    timestamp: timestamp.nullish(),
    external_id: z.string().min(1).max(256).nullish(),
    metadata: eventMetadata.nullish(),
    organization_id: z.string().nullish(),
    parent_id: z.string().nullish(),
    member_id: z.string().nullish(),
    external_member_id: z.string().nullish(),
  })
  .superRefine((e, ctx) => {
    if (e.customer_id && e.external_customer_id) {
      ctx.addIssue({ code: "custom", path: ["external_customer_id"], message: "Send customer_id or external_customer_id, not both" });
    } else if (!e.customer_id && !e.external_customer_id) {
      ctx.issues.push({ code: "invalid_type", expected: "string", path: ["customer_id"], input: undefined, message: "Field required" });
    }
  });

/** `POST /v1/events/ingest` (Polar's EventsIngest). */
export const ingestEventsBody = z.object({
  events: z.array(eventInput).max(MAX_EVENTS_PER_CALL, `At most ${MAX_EVENTS_PER_CALL} events per call`),
});

export type EventInput = z.output<typeof eventInput>;
export type IngestEventsInput = z.output<typeof ingestEventsBody>;
