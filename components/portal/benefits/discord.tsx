import type { PortalBenefit } from "@/lib/portal/list-portal-benefits";

/** A delivered Discord benefit: the customer is in the server with its roles; a link opens it. */
export function DiscordBenefit({ item }: { item: PortalBenefit<"discord"> }) {
  const guildId = item.benefit.properties.guild_id;
  return (
    <p className="text-sm text-gray-700">
      You are in the merchant’s Discord server with this benefit’s roles, on the Discord account you connected.{" "}
      {/^\d{15,25}$/.test(guildId) && (
        <a className="font-medium text-brand-700 hover:underline" href={`https://discord.com/channels/${guildId}`} target="_blank" rel="noreferrer">
          Open the server in Discord
        </a>
      )}
    </p>
  );
}
