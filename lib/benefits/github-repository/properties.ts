import { z } from "zod";

const permission = z.enum(["pull", "triage", "push", "maintain", "admin"]);
// GitHub's rules for owner and repository names.
const owner = z.string().trim().min(1).max(39).regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, "Not a valid GitHub owner");
const name = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, "Not a valid repository name");

const repository = z.object({ owner, name, permission: permission.default("pull") });

// One repository in Polar's flat form, or several in `repositories`; stored as the list.
export const githubRepositoryProperties = z
  .object({
    repository_owner: owner.optional(),
    repository_name: name.optional(),
    permission: permission.optional(),
    repositories: z.array(repository).min(1).max(20).optional(),
  })
  .superRefine((v, ctx) => {
    const hasFlat = v.repository_owner !== undefined || v.repository_name !== undefined;
    if (hasFlat && v.repositories) {
      ctx.addIssue({ code: "custom", path: ["repositories"], message: "Give repository_owner/repository_name or repositories, not both" });
    } else if (!v.repositories) {
      if (v.repository_owner === undefined) ctx.addIssue({ code: "custom", path: ["repository_owner"], message: "Field required" });
      if (v.repository_name === undefined) ctx.addIssue({ code: "custom", path: ["repository_name"], message: "Field required" });
    } else {
      const seen = new Set<string>();
      v.repositories.forEach((r, i) => {
        const key = `${r.owner}/${r.name}`.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["repositories", i], message: `${r.owner}/${r.name} is listed twice` });
        seen.add(key);
      });
    }
  })
  .transform((v) => ({
    repositories: v.repositories ?? [{ owner: v.repository_owner!, name: v.repository_name!, permission: v.permission ?? "pull" }],
  }));

export type GitHubRepositoryProperties = z.output<typeof githubRepositoryProperties>;

export const serializeGitHubRepositoryProperties = (p: GitHubRepositoryProperties) => ({
  repository_owner: p.repositories[0].owner,
  repository_name: p.repositories[0].name,
  permission: p.repositories[0].permission,
  repositories: p.repositories,
});
