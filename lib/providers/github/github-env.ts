/** Where Benefactor reaches GitHub, from the environment (tests and the demo point these at the fake). */
export const githubApiUrl = () => (process.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
export const githubWebUrl = () => (process.env.GITHUB_WEB_URL || "https://github.com").replace(/\/+$/, "");

/** The GitHub App's private key; `\n` escapes are accepted so it fits on one environment line. */
export function githubAppCredentials(): { appId: string; privateKey: string } | null {
  const appId = process.env.GITHUB_APP_ID;
  const key = process.env.GITHUB_APP_PRIVATE_KEY;
  if (!appId || !key) return null;
  return { appId, privateKey: key.replace(/\\n/g, "\n") };
}

export const githubAppSlug = () => process.env.GITHUB_APP_SLUG || null;

export function githubOAuthClient(): { clientId: string; clientSecret: string } | null {
  const clientId = process.env.GITHUB_CLIENT_ID;
  const clientSecret = process.env.GITHUB_CLIENT_SECRET;
  return clientId && clientSecret ? { clientId, clientSecret } : null;
}
