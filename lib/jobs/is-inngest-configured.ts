/**
 * Whether work goes through Inngest: a local dev server (`INNGEST_DEV=1` or its URL) or Inngest
 * Cloud keys. Otherwise the in-process runner does the same work (the embedded default).
 * `INNGEST_DEV=0` is the SDK's "force cloud mode" switch, not a dev server, so it alone does not
 * count.
 */
export function isInngestConfigured(env: Record<string, string | undefined> = process.env): boolean {
  const dev = env.INNGEST_DEV?.trim().toLowerCase();
  const hasDevServer = Boolean(dev) && dev !== "0" && dev !== "false";
  return hasDevServer || Boolean(env.INNGEST_EVENT_KEY) || Boolean(env.INNGEST_SIGNING_KEY);
}
