import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { listGitHubRepositories } from "@/lib/integrations/github/list-github-repositories";

// GET /v1/integrations/github/repositories — repositories Benefactor can reach through the organization's GitHub integrations
export const GET = withOrg(
  async ({ organizationId }) => {
    const { items, errors, isConnected } = await listGitHubRepositories(db, organizationId);
    return Response.json({ items, errors, is_connected: isConnected });
  },
  { permission: "read" },
);
