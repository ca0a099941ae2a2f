import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";
import { sealGitHubToken } from "@/lib/integrations/github/github-integration-secret";
import { createOctokit } from "@/lib/providers/github/create-octokit";

export const githubTokenInput = z.object({
  token: z.string().trim().min(20, "Paste the whole token").max(255).regex(/^(github_pat_|ghp_)[A-Za-z0-9_]+$/, "Not a GitHub personal access token (github_pat_… or ghp_…)"),
});

/**
 * A fine-grained personal access token as the organization's way into GitHub: checked against
 * GET /user (who it belongs to) and stored encrypted. A second token of the same GitHub user replaces the first.
 */
export async function connectGitHubToken(db: DbTx, organizationId: string, input: z.output<typeof githubTokenInput>) {
  let login: string;
  try {
    const { data } = await createOctokit({ kind: "github_token", token: input.token }, `verify-${organizationId}`).rest.users.getAuthenticated();
    login = data.login;
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401 || status === 403) throw ApiError.invalid(["body", "token"], "GitHub refused this token (revoked, expired or mistyped)");
    throw new ApiError("bad_request", "GitHub could not be reached to check the token: try again in a moment");
  }
  const secret = sealGitHubToken(organizationId, input.token);
  const row = await db.organizationIntegration.upsert({
    where: { organizationId_platform_externalId: { organizationId, platform: "github", externalId: login } },
    create: { organizationId, platform: "github", kind: "github_token", externalId: login, name: login, secret, status: "ok", checkedAt: new Date() },
    update: { secret, status: "ok", error: null, checkedAt: new Date() },
    select: { id: true, name: true, kind: true },
  });
  return row;
}
