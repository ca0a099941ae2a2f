import { grantDiscord } from "@/lib/benefits/discord/grant-discord";
import { readGrantRecord } from "@/lib/benefits/discord/grant-record";
import type { DiscordProperties } from "@/lib/benefits/discord/properties";
import { revokeDiscord } from "@/lib/benefits/discord/revoke-discord";
import type { BenefitStrategy } from "@/lib/benefits/strategy";
import { getCustomerAccount } from "@/lib/accounts/get-customer-account";

// A role is held once per member, whatever the number of purchases.
export const discordStrategy: BenefitStrategy<DiscordProperties> = {
  isExternal: true,
  deliversInline: false,
  grant: async (ctx) => ({ properties: await grantDiscord(ctx) }),
  revoke: async (ctx) => {
    const record = readGrantRecord(ctx.grant.properties);
    if (record) await revokeDiscord(ctx.tx, ctx.grant, record);
  },
  /**
   * The benefit was edited (or the customer switched Discord account): in the same server for the
   * same user, remove the dropped roles and grant the current ones; otherwise take back everything
   * recorded and grant afresh.
   */
  reapply: async (ctx) => {
    const record = readGrantRecord(ctx.grant.properties);
    const account = record ? await getCustomerAccount(ctx.tx, ctx.customer.id, "discord") : null;
    // Without an account grantDiscord asks the customer to connect one; nothing is taken back meanwhile.
    if (record && account) {
      const p = ctx.benefit.properties;
      const isSameMember = record.guild_id === p.guild_id && record.user_id === account.accountId;
      if (isSameMember) {
        const current = new Set(p.roles.map((r) => r.role_id));
        const dropped = record.roles.map((r) => r.role_id).filter((id) => !current.has(id));
        if (dropped.length > 0) await revokeDiscord(ctx.tx, ctx.grant, record, { onlyRoles: dropped, allowKick: false });
      } else {
        await revokeDiscord(ctx.tx, ctx.grant, record);
      }
    }
    return { properties: await grantDiscord(ctx) };
  },
};
