import type { BenefitType } from "@/lib/generated/prisma/client";

/** The platforms a customer can connect an account of. */
export type OAuthPlatform = "github" | "discord";

export const OAUTH_PLATFORMS: readonly OAuthPlatform[] = ["github", "discord"];

export function isOAuthPlatform(value: string): value is OAuthPlatform {
  return (OAUTH_PLATFORMS as readonly string[]).includes(value);
}

/** What a platform tells us about the customer once they approved the OAuth request. */
export type OAuthProfile = {
  accountId: string;
  username: string;
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
  scope: string | null;
};

/**
 * One platform's side of the customer OAuth flow. The framework (lib/accounts/**) owns state,
 * storage, and unblocking grants; an adapter only knows its platform's URLs and token exchange.
 */
export type OAuthPlatformAdapter = {
  platform: OAuthPlatform;
  /** "GitHub", "Discord". */
  label: string;
  /** Client id and secret are present in the environment. */
  isConfigured(): boolean;
  authorizeUrl(p: { state: string; redirectUri: string }): string;
  /** Throws OAuthExchangeError (lib/accounts/oauth-exchange-error.ts) when the platform refuses. */
  exchangeCode(p: { code: string; redirectUri: string }): Promise<OAuthProfile>;
  /** Benefit types whose grants wait for an account of this platform. */
  benefitTypes: BenefitType[];
};
