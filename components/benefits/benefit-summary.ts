import type { CustomProperties } from "@/lib/benefits/custom/properties";
import type { DiscordProperties } from "@/lib/benefits/discord/properties";
import type { DownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import type { GitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";
import type { LicenseKeysProperties } from "@/lib/benefits/license-keys/properties";
import type { MeterCreditProperties } from "@/lib/benefits/meter-credit/properties";
import type { BenefitType } from "@/lib/generated/prisma/enums";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * One line a merchant can scan in a table: "MYAPP-… · 1 activation · no expiry".
 * `properties` is the API shape (serializeBenefit's output); `meterNames` resolves meter ids.
 */
export function benefitSummary(type: BenefitType, properties: Record<string, unknown>, meterNames: Map<string, string> = new Map()): string {
  switch (type) {
    case "license_keys": {
      const p = properties as LicenseKeysProperties;
      return [
        p.prefix ? `${p.prefix}-…` : "No prefix",
        p.activations ? plural(p.activations.limit, "activation") : "unlimited activations",
        p.expires ? `expires after ${plural(p.expires.ttl, p.expires.timeframe)}` : "no expiry",
        ...(p.limit_usage ? [`${plural(p.limit_usage, "use")}`] : []),
      ].join(" · ");
    }
    case "github_repository": {
      const { repositories } = properties as GitHubRepositoryProperties;
      const [first, ...rest] = repositories;
      return `${first.owner}/${first.name} (${first.permission})${rest.length ? ` + ${plural(rest.length, "more repository", "more repositories")}` : ""}`;
    }
    case "discord": {
      const p = properties as DiscordProperties;
      const roles = p.roles.map((r) => r.name ?? r.role_id);
      return [`Server ${p.guild_id}`, `${roles.length === 1 ? "role" : "roles"} ${roles.join(", ")}`, ...(p.kick_member ? ["kicks on revoke"] : [])].join(" · ");
    }
    case "downloadables": {
      const p = properties as DownloadablesProperties;
      const archived = p.files.filter((id) => p.archived[id]).length;
      return [plural(p.files.length, "file"), ...(archived ? [`${archived} archived`] : [])].join(" · ");
    }
    case "meter_credit": {
      const p = properties as MeterCreditProperties;
      return [`${plural(p.units, "unit")} on ${meterNames.get(p.meter_id) ?? "a meter"}`, p.rollover ? "rolls over" : "no rollover"].join(" · ");
    }
    case "custom": {
      const note = (properties as CustomProperties).note?.replace(/\s+/g, " ").trim();
      if (!note) return "No note";
      return note.length > 60 ? `${note.slice(0, 57)}…` : note;
    }
  }
}
