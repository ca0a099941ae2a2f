import { Inngest } from "inngest";

// One client for the app. With INNGEST_DEV=1 (a local dev server) or INNGEST_EVENT_KEY and
// INNGEST_SIGNING_KEY, work goes through Inngest (lib/jobs/is-inngest-configured.ts); without
// them the in-process runner (lib/jobs/start-runner.ts) runs the same handlers from the outbox.
export const inngest = new Inngest({ id: "benefactor" });
