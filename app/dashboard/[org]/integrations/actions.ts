"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { connectGitHubToken, githubTokenInput } from "@/lib/integrations/github/connect-github-token";
import { listGitHubRepositories } from "@/lib/integrations/github/list-github-repositories";
import { removeGitHubIntegration } from "@/lib/integrations/github/remove-github-integration";

const page = (slug: string) => `/dashboard/${slug}/integrations`;

// /dashboard/[org]/integrations — connect GitHub with a fine-grained token.
export async function connectGitHubTokenAction(slug: string, token: string) {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "organization:manage");
    const row = await connectGitHubToken(db, org.id, githubTokenInput.parse({ token }));
    revalidatePath(page(slug));
    return { name: row.name };
  });
}

// /dashboard/[org]/integrations — disconnect a GitHub installation or token.
export async function removeGitHubIntegrationAction(slug: string, id: string) {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "organization:manage");
    await removeGitHubIntegration(db, org.id, id);
    revalidatePath(page(slug));
    return undefined;
  });
}

/** For the benefit form: the repositories Benefactor can reach, and whether it may administer them. */
export async function listGitHubRepositoriesAction(slug: string) {
  return runAction(async () => {
    const { org } = await requireOrgAction(slug, "read");
    return listGitHubRepositories(db, org.id);
  });
}
