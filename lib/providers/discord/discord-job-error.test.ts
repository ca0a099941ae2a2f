import { DiscordAPIError, HTTPError } from "@discordjs/rest";
import { describe, expect, test } from "vitest";
import { ActionRequiredError } from "@/lib/grants/action-required-error";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";
import { discordJobError } from "./discord-job-error";

const apiError = (status: number, code: number, message: string) =>
  new DiscordAPIError({ code, message }, code, status, "PUT", "https://discord.test/api/v10/x", { body: undefined, files: undefined });

describe("discordJobError", () => {
  test("5xx, timeouts and network errors are retryable", () => {
    expect(discordJobError(new HTTPError(502, "Bad Gateway", "PUT", "u", { body: undefined, files: undefined }), "g")).toBeInstanceOf(RetryableJobError);
    expect(discordJobError(new DOMException("This operation was aborted", "AbortError"), "g")).toBeInstanceOf(RetryableJobError);
    expect(discordJobError(new TypeError("fetch failed"), "g")).toBeInstanceOf(RetryableJobError);
  });

  test("missing permission and lost access tell the merchant what to fix", () => {
    const perms = discordJobError(apiError(403, 50013, "Missing Permissions"), "123");
    expect(perms).toBeInstanceOf(PermanentJobError);
    expect(perms.message).toMatch(/^The Benefactor bot lacks a permission in the Discord server 123: it needs Manage Roles/);
    expect(discordJobError(apiError(403, 50001, "Missing Access"), "123").message).toBe(
      "The Benefactor bot is not in the Discord server 123 any more: add it again from Integrations, then retry",
    );
  });

  test("an invalid customer token asks the customer to reconnect; a refused bot token is permanent", () => {
    expect(discordJobError(apiError(403, 50025, "Invalid OAuth2 access token"), "g")).toBeInstanceOf(ActionRequiredError);
    expect(discordJobError(apiError(401, 0, "401: Unauthorized"), "g").message).toBe("Discord refused the bot token: check DISCORD_BOT_TOKEN, then retry");
  });
});
