import { ApiError, type ValidationIssue } from "@/lib/api/errors";
import type { GitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";
import { repoKey } from "@/lib/benefits/github-repository/grant-record";
import type { Db } from "@/lib/db";
import { listGitHubRepositories } from "@/lib/integrations/github/list-github-repositories";

/**
 * Refuses repositories Benefactor cannot reach or administer through the organization's GitHub
 * integrations, one field-level issue per repository with the reason. An organization with no
 * GitHub integration yet may still define the benefit (its grants then fail with "integration not
 * configured" until one is connected, as DESIGN.md says of unconfigured providers).
 */
export async function checkGitHubRepository(db: Db, organizationId: string, parsed: GitHubRepositoryProperties) {
  const { items, isConnected, errors } = await listGitHubRepositories(db, organizationId);
  if (!isConnected) return parsed;
  const reachable = new Map(items.map((r) => [repoKey(r), r]));
  const issues: ValidationIssue[] = [];
  parsed.repositories.forEach((repo, i) => {
    const found = reachable.get(repoKey(repo));
    const full = `${repo.owner}/${repo.name}`;
    if (!found) {
      const why = errors.length > 0 ? ` (${errors.map((e) => e.error).join("; ")})` : "";
      issues.push({ loc: ["body", "properties", "repositories", i], msg: `Benefactor cannot reach ${full}: install the GitHub App on it or give the token access${why}`, type: "value_error", input: full });
    } else if (!found.can_administer) {
      issues.push({ loc: ["body", "properties", "repositories", i], msg: `Benefactor cannot administer ${full}: it needs the Administration (write) permission to invite collaborators`, type: "value_error", input: full });
    }
  });
  if (issues.length > 0) throw new ApiError("validation", issues);
  return parsed;
}
