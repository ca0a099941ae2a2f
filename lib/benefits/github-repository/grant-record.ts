import type { GitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";

export type RepoPermission = GitHubRepositoryProperties["repositories"][number]["permission"];

/** What one grant did on one repository: exactly what revoke will undo. */
export type RepoAccessRecord = {
  owner: string;
  name: string;
  permission: RepoPermission;
  /** The pending invitation GitHub created (PUT answered 201), or null when it answered 204. */
  invitation_id: number | null;
  result: "invited" | "already_collaborator";
};

/** A github_repository grant's properties. */
export type GitHubGrantRecord = { github_user: { id: string; login: string }; repositories: RepoAccessRecord[] };

export const repoKey = (r: { owner: string; name: string }) => `${r.owner}/${r.name}`.toLowerCase();

/** Reads what a grant recorded; an empty record for a grant that never delivered. */
export function readGrantRecord(properties: Record<string, unknown>): GitHubGrantRecord | null {
  const user = properties.github_user as GitHubGrantRecord["github_user"] | undefined;
  const repos = properties.repositories;
  if (!user || typeof user.login !== "string" || !Array.isArray(repos)) return null;
  return { github_user: user, repositories: repos as RepoAccessRecord[] };
}
