import { describe, expect, test } from "vitest";
import { createWebhookEndpointBody, webhookUrl } from "@/lib/webhooks/webhook-endpoint-input";

const message = (value: string) => {
  const result = webhookUrl.safeParse(value);
  return result.success ? null : result.error.issues[0].message;
};

describe("webhook endpoint input", () => {
  test("accepts http(s) URLs, trimmed", () => {
    expect(webhookUrl.parse(" https://example.com/hooks?x=1 ")).toBe("https://example.com/hooks?x=1");
    expect(message("http://127.0.0.1:8080/webhooks")).toBeNull();
  });

  test("rejects other schemes, credentials and non-URLs with a clear message", () => {
    expect(message("ftp://example.com/hooks")).toBe("Must be an http:// or https:// URL");
    expect(message("javascript:alert(1)")).toBe("Must be an http:// or https:// URL");
    expect(message("https://user:pass@example.com/hooks")).toBe("Must not contain a user name or password");
    expect(message("https://token@example.com/hooks")).toBe("Must not contain a user name or password");
    expect(message("example.com/hooks")).toBe("Enter a full URL, e.g. https://example.com/webhooks");
    expect(message("")).toBe("Enter the URL that receives the webhooks");
    expect(message(`https://example.com/${"a".repeat(2100)}`)).toBe("At most 2048 characters");
  });

  test("create: raw format by default, events deduplicated, unknown events and formats refused", () => {
    const parsed = createWebhookEndpointBody.parse({ url: "https://x.test/h", events: ["benefit.created", "benefit.created"] });
    expect(parsed).toEqual({ url: "https://x.test/h", format: "raw", events: ["benefit.created"] });
    const bad = createWebhookEndpointBody.safeParse({ url: "https://x.test/h", format: "slack", events: ["order.created"] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path)).toEqual([["format"], ["events", 0]]);
  });
});
