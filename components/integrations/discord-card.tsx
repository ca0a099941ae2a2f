import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/misc";
import { db } from "@/lib/db";
import { listDiscordGuilds } from "@/lib/integrations/discord/list-discord-guilds";
import { isDiscordBotConfigured, isDiscordOAuthConfigured } from "@/lib/providers/discord/discord-env";

/**
 * The Integrations page's Discord part: the servers the bot was added to, each checked with
 * Discord now (reachable or what is wrong), the install link, and each server's roles and audit.
 * `connected` / `error` come from the install callback's redirect (?discord_connected / ?discord_error).
 */
export async function DiscordIntegrationCard({
  org,
  canManage,
  connected,
  error,
}: {
  org: { id: string; slug: string };
  canManage: boolean;
  connected?: string;
  error?: string;
}) {
  const isConfigured = isDiscordBotConfigured() && isDiscordOAuthConfigured();
  const guilds = await listDiscordGuilds(db, org.id, { check: isDiscordBotConfigured() });
  const installHref = `/v1/integrations/discord/install?organization_id=${org.id}`;
  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-gray-900">Discord</h2>
          <p className="mt-1 text-sm text-gray-600">
            Benefactor’s bot adds customers to your server and gives them roles. It needs Manage Roles, Kick Members and Create
            Instant Invite, and its role must sit above the roles it gives.
          </p>
        </div>
        {canManage && isConfigured && (
          <Button asChild variant="secondary">
            {/* A full navigation: the route redirects to Discord. */}
            <a href={installHref}>Add to a Discord server</a>
          </Button>
        )}
      </div>
      {connected && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-600/20">
          Connected the Discord server {connected}.
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 ring-1 ring-red-600/20">
          {error}
        </p>
      )}
      {!isConfigured && (
        <p className="text-sm text-gray-600">
          Not configured: set <code>DISCORD_BOT_TOKEN</code>, <code>DISCORD_CLIENT_ID</code> and <code>DISCORD_CLIENT_SECRET</code>. Discord
          benefits fail with “integration not configured” until then.
        </p>
      )}
      {guilds.length === 0 ? (
        <p className="text-sm text-gray-600">No server connected yet.</p>
      ) : (
        <ul className="divide-y divide-gray-100" aria-label="Connected Discord servers">
          {guilds.map((g) => (
            <li key={g.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="text-sm font-medium text-gray-900">
                  {g.name ?? g.guild_id} <span className="font-normal text-gray-500">· {g.guild_id}</span>
                </p>
                {g.error && <p className="mt-0.5 text-sm text-red-700">{g.error}</p>}
              </div>
              <div className="flex items-center gap-3">
                <Badge tone={g.status === "ok" ? "green" : "red"}>{g.status === "ok" ? "Working" : "Needs attention"}</Badge>
                <Link className="text-sm font-medium text-brand-700 hover:underline" href={`/dashboard/${org.slug}/integrations/discord/${g.guild_id}`}>
                  Roles &amp; access
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
