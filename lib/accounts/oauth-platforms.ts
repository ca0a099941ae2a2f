import type { OAuthPlatform, OAuthPlatformAdapter } from "@/lib/accounts/oauth-platform";
import { discordOAuthAdapter } from "@/lib/providers/discord/oauth-adapter";
import { githubOAuthAdapter } from "@/lib/providers/github/oauth-adapter";

/** Every platform a customer can connect; the only switch on platform in the accounts framework. */
export const oauthPlatforms: Record<OAuthPlatform, OAuthPlatformAdapter> = {
  github: githubOAuthAdapter,
  discord: discordOAuthAdapter,
};

/** The platform whose account a benefit type's grants wait for, if any. */
export function platformForBenefitType(type: string): OAuthPlatform | null {
  for (const adapter of Object.values(oauthPlatforms)) {
    if ((adapter.benefitTypes as string[]).includes(type)) return adapter.platform;
  }
  return null;
}
