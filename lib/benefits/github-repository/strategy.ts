import { getCustomerAccount } from "@/lib/accounts/get-customer-account";
import { giveRepoAccess } from "@/lib/benefits/github-repository/give-access";
import { readGrantRecord, repoKey, type GitHubGrantRecord, type RepoAccessRecord } from "@/lib/benefits/github-repository/grant-record";
import { isRepoHeldElsewhere } from "@/lib/benefits/github-repository/is-repo-held-elsewhere";
import type { GitHubRepositoryProperties } from "@/lib/benefits/github-repository/properties";
import { takeRepoAccess } from "@/lib/benefits/github-repository/take-access";
import type { BenefitStrategy, StrategyContext } from "@/lib/benefits/strategy";
import { ActionRequiredError } from "@/lib/grants/action-required-error";
import { listGitHubIntegrations } from "@/lib/integrations/github/get-github-client";
import { PermanentJobError } from "@/lib/jobs/job-errors";

type Ctx = StrategyContext<GitHubRepositoryProperties>;

/** The customer's GitHub login, after checking the merchant side is set up (connecting would not help otherwise). */
async function customerLogin(ctx: Ctx): Promise<{ id: string; login: string }> {
  if ((await listGitHubIntegrations(ctx.tx, ctx.grant.organizationId)).length === 0) {
    throw new PermanentJobError("GitHub integration not configured: connect GitHub on the Integrations page, then retry");
  }
  const account = await getCustomerAccount(ctx.tx, ctx.customer.id, "github");
  if (!account?.username) {
    const repos = ctx.benefit.properties.repositories.map((r) => `${r.owner}/${r.name}`).join(", ");
    throw new ActionRequiredError(`Connect your GitHub account to get access to ${repos}`);
  }
  return { id: account.accountId, login: account.username };
}

/** Takes back the recorded repositories that no other grant of the customer still gives. */
async function revokeRecorded(ctx: Ctx, record: GitHubGrantRecord, repos: RepoAccessRecord[]) {
  for (const repo of repos) {
    if (await isRepoHeldElsewhere(ctx.tx, ctx.grant, record.github_user.login, repo)) continue;
    await takeRepoAccess(ctx.tx, ctx.grant.organizationId, record.github_user.login, repo);
  }
}

async function grant(ctx: Ctx) {
  const user = await customerLogin(ctx);
  const repositories: RepoAccessRecord[] = [];
  try {
    for (const repo of ctx.benefit.properties.repositories) {
      repositories.push(await giveRepoAccess(ctx.tx, ctx.grant.organizationId, user.login, repo));
    }
  } catch (err) {
    // A permanent failure on one repository fails the grant, which then records nothing: take back
    // the invitations this attempt sent, so no access outlives a grant that never happened.
    // (A transient one is left: the next attempt repeats the same idempotent calls.)
    if (err instanceof PermanentJobError) {
      const record = { github_user: user, repositories };
      await revokeRecorded(ctx, record, repositories.filter((r) => r.result === "invited")).catch(() => {});
    }
    throw err;
  }
  return { properties: { github_user: user, repositories } satisfies GitHubGrantRecord };
}

// A collaborator invitation is one per customer × repository, whatever the number of purchases:
// revoke and re-apply read only what the grant recorded, never the benefit's current properties.
export const githubRepositoryStrategy: BenefitStrategy<GitHubRepositoryProperties> = {
  isExternal: true,
  deliversInline: false,
  grant,
  async revoke(ctx) {
    const record = readGrantRecord(ctx.grant.properties);
    if (record) await revokeRecorded(ctx, record, record.repositories);
  },
  async reapply(ctx) {
    const record = readGrantRecord(ctx.grant.properties);
    const user = await customerLogin(ctx);
    if (!record || record.github_user.login.toLowerCase() !== user.login.toLowerCase()) {
      // Another GitHub account now (the customer switched): move everything over.
      if (record) await revokeRecorded(ctx, record, record.repositories);
      return grant(ctx);
    }
    const wanted = new Map(ctx.benefit.properties.repositories.map((r) => [repoKey(r), r]));
    await revokeRecorded(ctx, record, record.repositories.filter((r) => !wanted.has(repoKey(r))));
    const had = new Map(record.repositories.map((r) => [repoKey(r), r]));
    const repositories: RepoAccessRecord[] = [];
    for (const [key, repo] of wanted) {
      const previous = had.get(key);
      const isUnchanged = previous && previous.permission === repo.permission && previous.owner === repo.owner && previous.name === repo.name;
      repositories.push(isUnchanged ? previous : await giveRepoAccess(ctx.tx, ctx.grant.organizationId, user.login, repo));
    }
    return { properties: { github_user: user, repositories } satisfies GitHubGrantRecord };
  },
};
