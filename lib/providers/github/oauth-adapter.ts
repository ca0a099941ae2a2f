import { OAuthExchangeError } from "@/lib/accounts/oauth-exchange-error";
import type { OAuthPlatformAdapter } from "@/lib/accounts/oauth-platform";
import { githubApiUrl, githubOAuthClient, githubWebUrl } from "@/lib/providers/github/github-env";

const TIMEOUT_MS = 10_000;

async function postJson(url: string, body: Record<string, string>): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!res.ok) throw new OAuthExchangeError(`GitHub answered ${res.status} to the code exchange`);
  return (await res.json()) as Record<string, unknown>;
}

/** GitHub OAuth (identity only: no scope, the login is all Benefactor needs to invite the customer). */
export const githubOAuthAdapter: OAuthPlatformAdapter = {
  platform: "github",
  label: "GitHub",
  isConfigured: () => githubOAuthClient() !== null,
  authorizeUrl({ state, redirectUri }) {
    const client = githubOAuthClient();
    if (!client) throw new OAuthExchangeError("GitHub sign-in is not configured");
    const url = new URL(`${githubWebUrl()}/login/oauth/authorize`);
    url.search = new URLSearchParams({ client_id: client.clientId, redirect_uri: redirectUri, state, allow_signup: "true" }).toString();
    return url.toString();
  },
  async exchangeCode({ code, redirectUri }) {
    const client = githubOAuthClient();
    if (!client) throw new OAuthExchangeError("GitHub sign-in is not configured");
    const token = await postJson(`${githubWebUrl()}/login/oauth/access_token`, {
      client_id: client.clientId,
      client_secret: client.clientSecret,
      code,
      redirect_uri: redirectUri,
    });
    if (typeof token.access_token !== "string") {
      throw new OAuthExchangeError(typeof token.error_description === "string" ? token.error_description : "GitHub refused the code");
    }
    const res = await fetch(`${githubApiUrl()}/user`, {
      headers: { accept: "application/vnd.github+json", authorization: `Bearer ${token.access_token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new OAuthExchangeError(`GitHub answered ${res.status} when reading your profile`);
    const user = (await res.json()) as { id?: number; login?: string };
    if (typeof user.id !== "number" || typeof user.login !== "string") throw new OAuthExchangeError("GitHub returned no user");
    return {
      accountId: String(user.id),
      username: user.login,
      accessToken: token.access_token,
      refreshToken: typeof token.refresh_token === "string" ? token.refresh_token : null,
      expiresAt: typeof token.expires_in === "number" ? new Date(Date.now() + token.expires_in * 1000) : null,
      scope: typeof token.scope === "string" ? token.scope : null,
    };
  },
  benefitTypes: ["github_repository"],
};
