import { z } from "zod";
import { parseQuery } from "@/lib/api/parse";
import { withPublic } from "@/lib/api/with-public";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { db } from "@/lib/db";
import { connectGitHubInstallation } from "@/lib/integrations/github/connect-github-installation";

const query = z.object({ installation_id: z.string().max(30), setup_action: z.string().max(30).optional(), state: z.string().max(500) });

// GET /v1/integrations/github/setup — GitHub's redirect after the app was installed: store the installation, back to Integrations
export const GET = withPublic(async ({ req }) => {
  const q = parseQuery(req, query);
  const slug = await connectGitHubInstallation(db, q.installation_id, q.state);
  return new Response(null, { status: 302, headers: { location: `${appBaseUrl(req)}/dashboard/${encodeURIComponent(slug)}/integrations?connected=github` } });
});
