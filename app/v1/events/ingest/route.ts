import { parseBody } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { ingestEventsBody } from "@/lib/meters/event-input";
import { ingestEvents } from "@/lib/meters/ingest-events";

// POST /v1/events/ingest — record up to 1,000 usage events, all or nothing
//
// A batch is atomic: if any event is invalid (a bad field, a timestamp more than 5 minutes in the
// future, an unknown customer), nothing is stored and the 422 lists every bad event with its own
// `loc` (["body", "events", <index>, <field>]); fix them and resend the whole batch. An event whose
// `external_id` was already recorded — earlier in the batch or in an earlier call — is skipped and
// counted in `duplicates`, so resending a batch after a timeout never counts usage twice.
// Response: `{inserted, duplicates}` (Polar's EventsIngestResponse).
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, ingestEventsBody);
    return Response.json(await ingestEvents(db, organizationId, body));
  },
  { permission: "write" },
);
