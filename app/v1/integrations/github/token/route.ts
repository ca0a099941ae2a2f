import { parseBody } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { connectGitHubToken, githubTokenInput } from "@/lib/integrations/github/connect-github-token";

// POST /v1/integrations/github/token — connect GitHub with a fine-grained personal access token (verified, stored encrypted)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const row = await connectGitHubToken(db, organizationId, await parseBody(req, githubTokenInput));
    return Response.json({ id: row.id, kind: row.kind, name: row.name }, { status: 201 });
  },
  { permission: "organization:manage" },
);
