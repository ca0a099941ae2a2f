/**
 * The environment an app (or a test process) needs to use a running fake GitHub: API and web
 * base URLs, the fake app's id, private key and slug, and the OAuth client. Read over HTTP so it
 * works from any process that knows the fake's URL.
 */
export async function githubFakeEnv(fakeUrl: string): Promise<Record<string, string>> {
  const res = await fetch(`${fakeUrl}/_fake/app`);
  if (!res.ok) throw new Error(`The fake GitHub at ${fakeUrl} answered ${res.status}`);
  const app = (await res.json()) as { app_id: number; slug: string; client_id: string; client_secret: string; private_key: string };
  return {
    GITHUB_API_URL: fakeUrl,
    GITHUB_WEB_URL: fakeUrl,
    GITHUB_APP_ID: String(app.app_id),
    GITHUB_APP_PRIVATE_KEY: app.private_key.replace(/\n/g, "\\n"),
    GITHUB_APP_SLUG: app.slug,
    GITHUB_CLIENT_ID: app.client_id,
    GITHUB_CLIENT_SECRET: app.client_secret,
  };
}
