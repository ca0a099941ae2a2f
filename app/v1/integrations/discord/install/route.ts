import { ApiError } from "@/lib/api/errors";
import { withOrg } from "@/lib/api/with-org";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { botInstallUrl } from "@/lib/integrations/discord/bot-install-url";
import { createInstallState } from "@/lib/integrations/discord/install-state";

// GET /v1/integrations/discord/install — send a signed-in merchant to Discord to add the bot to a server
export const GET = withOrg(
  async ({ req, principal, organizationId }) => {
    if (principal.kind !== "user") throw new ApiError("bad_request", "Adding the Discord bot needs a signed-in merchant in a browser");
    const url = botInstallUrl({ state: createInstallState(organizationId, principal.userId), baseUrl: appBaseUrl(req) });
    if (!url) throw new ApiError("bad_request", "Discord is not configured: set DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET and DISCORD_BOT_TOKEN");
    return Response.redirect(url, 302);
  },
  { permission: "organization:manage" },
);
