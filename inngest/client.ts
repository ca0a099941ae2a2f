import { Inngest } from "inngest";

// One client for the app. With INNGEST_DEV=1 (a local dev server) or INNGEST_EVENT_KEY and
// INNGEST_SIGNING_KEY, work goes through Inngest; the grant engine (next issue) adds an
// in-process runner for the embedded default.
export const inngest = new Inngest({ id: "benefactor" });
