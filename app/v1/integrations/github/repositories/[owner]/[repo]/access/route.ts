import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { parseQuery, queryBoolean } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { auditGitHubRepository } from "@/lib/integrations/github/audit-github-repository";
import { listRepositoryGrants, type RepositoryGrantAccess } from "@/lib/integrations/github/list-repository-grants";
import { PermanentJobError, RetryableJobError } from "@/lib/jobs/job-errors";

const query = z.object({ check: queryBoolean });
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

const serialize = (a: RepositoryGrantAccess) => ({
  login: a.login, grant_id: a.grantId, benefit_id: a.benefitId, benefit_description: a.benefitDescription,
  customer_id: a.customer.id, customer_email: a.customer.email, permission: a.permission, invitation_id: a.invitationId,
});

// GET /v1/integrations/github/repositories/{owner}/{repo}/access — who has access through Benefactor; with check=true, compared with GitHub
export const GET = withOrg<{ owner: string; repo: string }>(
  async ({ req, params, organizationId }) => {
    const { check } = parseQuery(req, query);
    if (!NAME.test(params.owner) || !NAME.test(params.repo)) throw ApiError.notFound("Repository");
    const repo = { owner: params.owner, name: params.repo };
    if (!check) return Response.json({ repository: `${repo.owner}/${repo.name}`, access: (await listRepositoryGrants(db, organizationId, repo)).map(serialize) });
    try {
      const audit = await auditGitHubRepository(db, organizationId, repo);
      return Response.json({
        repository: `${repo.owner}/${repo.name}`, access: audit.access.map(serialize), differences: audit.differences,
        github: { collaborators: audit.collaborators, invitations: audit.invitations }, checked_at: audit.checkedAt.toISOString(),
      });
    } catch (err) {
      if (err instanceof PermanentJobError || err instanceof RetryableJobError) throw new ApiError("bad_request", err.message, {}, "github_unavailable");
      throw err;
    }
  },
  { permission: "read" },
);
