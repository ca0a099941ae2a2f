// GitHub test helpers: the shared fake GitHub (FAKE_GITHUB_URL, or one started here for tests that
// only run lib code in this process), a merchant's installation and a customer's GitHub account.
import { saveCustomerAccount } from "@/lib/accounts/save-customer-account";
import { db } from "@/lib/db";
import { githubFakeEnv } from "@/test/fakes/github/fake-env";
import { githubFakeControl, type GitHubFakeControl } from "@/test/fakes/github/control";
import { startGitHubFake } from "@/test/fakes/github/server";

let ready: Promise<GitHubFakeControl> | null = null;

/** Points this process's GitHub client at the fake and returns its control API. */
export function useGitHubFake(options: { requireShared?: boolean } = {}): Promise<GitHubFakeControl> {
  ready ??= (async () => {
    let url = process.env.FAKE_GITHUB_URL;
    if (!url) {
      if (options.requireShared) throw new Error("FAKE_GITHUB_URL is not set: start test/fakes/start-fakes.ts and the app server with its env");
      url = (await startGitHubFake()).url;
    }
    Object.assign(process.env, await githubFakeEnv(url), { GITHUB_WRITE_INTERVAL_MS: "0", GITHUB_TIMEOUT_MS: "1500" });
    return githubFakeControl(url);
  })();
  return ready;
}

/** A GitHub organization on the fake with repositories and the app installed on it, stored for the Benefactor organization. */
export async function installGitHubApp(fake: GitHubFakeControl, organizationId: string, repoCount = 2) {
  const account = fake.unique("gh-org");
  const repos = [];
  for (let i = 0; i < repoCount; i++) repos.push(await fake.createRepo(account, `repo-${i}`));
  const installation = await fake.createInstallation(account);
  await db.organizationIntegration.create({
    data: { organizationId, platform: "github", kind: "github_app", externalId: String(installation.id), name: account },
  });
  return { account, repos, installation };
}

/** A GitHub user on the fake, connected as the customer's account. */
export async function connectCustomerGitHub(fake: GitHubFakeControl, customerId: string, login = fake.unique("buyer")) {
  const user = await fake.createUser(login);
  await saveCustomerAccount(db, customerId, "github", { accountId: String(user.id), username: user.login, accessToken: "gho_test", refreshToken: null, expiresAt: null, scope: "" });
  return user;
}
