// Signs a merchant in through Auth.js's credentials endpoint, as the browser form does, and
// returns the cookie header that carries the session.
import { baseUrl } from "./factories";

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signInCookie(email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/dashboard" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (status ${res.status})`);
  return [...jar, session].join("; ");
}
