// One run of `npm run bench:providers` (spawned by bench/providers.mjs on a fresh database):
// N customers each buy a product holding one GitHub repository benefit and one Discord role
// benefit; the in-process job engine grants them through the real @octokit/rest and
// @discordjs/rest against the fakes, with the fakes' rate limits switched on. Prints one JSON line.
// GitHub caps invitations at 50 per repository per day, so customers are spread over N/50 repositories.
import { performance } from "node:perf_hooks";
import { saveCustomerAccount } from "@/lib/accounts/save-customer-account";
import { createBenefit } from "@/lib/benefits/create-benefit";
import { db } from "@/lib/db";
import { failureHooks } from "@/lib/jobs/failure-hooks";
import { handlers } from "@/lib/jobs/handlers";
import { startRunner } from "@/lib/jobs/start-runner";
import { createOrganization } from "@/lib/organizations/create-organization";
import { createOrder } from "@/lib/purchases/create-order";
import { createOrderBody } from "@/lib/purchases/order-input";
import { startFakes } from "@/test/fakes/start-fakes";
import { githubFakeControl } from "@/test/fakes/github/control";
import { connectCustomerGitHub, installGitHubApp } from "@/test/github-fixtures";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const CUSTOMERS = Number(args.customers ?? 1000);
const CONCURRENCY = Number(args.concurrency ?? 8);
const DISCORD_LIMIT = Number(args["discord-limit"] ?? 50); // per route and guild, per second
const GITHUB_LIMIT = Number(args["github-limit"] ?? 5000); // per installation, per hour (GitHub's primary limit)
const PER_REPO = 50;

async function control<T>(url: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}/_fake${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function main() {
  const fakes = await startFakes({ githubPort: 0, discordPort: 0 });
  Object.assign(process.env, fakes.env, { GITHUB_WRITE_INTERVAL_MS: process.env.GITHUB_WRITE_INTERVAL_MS ?? "0" });
  const discordUrl = fakes.env.FAKE_DISCORD_URL;
  const github = githubFakeControl(fakes.env.FAKE_GITHUB_URL);

  const suffix = Math.random().toString(36).slice(2, 8);
  const org = await createOrganization(db, { name: `Providers bench ${suffix}`, slug: `providers-${suffix}` });
  const guild = await control<{ id: string; name: string; roles: { id: string; name: string }[] }>(discordUrl, "/guilds", { name: `Bench ${suffix}`, roles: [{ name: "Premium" }] });
  await db.organizationIntegration.create({ data: { organizationId: org.id, platform: "discord", kind: "discord_bot", externalId: guild.id, name: guild.name } });
  const premium = guild.roles.find((r) => r.name === "Premium")!;
  const discordBenefit = await createBenefit(db, org.id, {
    type: "discord",
    description: "Premium role",
    properties: { guild_id: guild.id, role_id: premium.id },
    metadata: {},
  });
  const repoCount = Math.ceil(CUSTOMERS / PER_REPO);
  const { account, repos, installation } = await installGitHubApp(github, org.id, repoCount);
  const products = [];
  for (const repo of repos) {
    const benefit = await createBenefit(db, org.id, {
      type: "github_repository",
      description: `Repo ${repo.name}`,
      properties: { repository_owner: account, repository_name: repo.name, permission: "pull" },
      metadata: {},
    });
    products.push(
      await db.product.create({
        data: {
          organizationId: org.id,
          name: `Bundle ${repo.name}`,
          productBenefits: { create: [{ benefitId: benefit.id, position: 0 }, { benefitId: discordBenefit.id, position: 1 }] },
        },
      }),
    );
  }

  // Customers with both accounts connected.
  const customers: { id: string; productId: string }[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const customer = await db.customer.create({ data: { organizationId: org.id, email: `c${i}-${suffix}@bench.test` } });
    const user = await control<{ id: string; username: string }>(discordUrl, "/users", { username: `bench_${suffix}_${i}` });
    const tokens = await control<{ access_token: string; refresh_token: string; expires_in: number; scope: string }>(discordUrl, `/users/${user.id}/tokens`, {});
    await saveCustomerAccount(db, customer.id, "discord", {
      accountId: user.id,
      username: user.username,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      expiresAt: new Date(Date.now() + tokens.expires_in * 1000),
      scope: tokens.scope,
    });
    await connectCustomerGitHub(github, customer.id, `bench-${suffix}-${i}`);
    customers.push({ id: customer.id, productId: products[Math.floor(i / PER_REPO)].id });
  }

  // Rate limits on, as advertised to the clients; the fakes count any call beyond them.
  await control(discordUrl, "/rate-limits", { enabled: true, limit: DISCORD_LIMIT, window_ms: 1000 });
  await github.updateInstallation(installation.id, { rate_limit: { limit: GITHUB_LIMIT, window_ms: 3_600_000 } });

  const runner = startRunner({ db, handlers, failureHooks, concurrency: CONCURRENCY, log: { warn: console.warn, error: console.error } });
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < customers.length) {
        const c = customers[next++];
        await createOrder(db, org.id, createOrderBody.parse({ product_id: c.productId, customer_id: c.id }));
      }
    }),
  );
  const ordered = performance.now() - start;
  const expected = CUSTOMERS * 2;
  let counts: Record<string, number> = {};
  for (;;) {
    const rows = await db.benefitGrant.groupBy({ by: ["status"], where: { organizationId: org.id }, _count: { _all: true } });
    counts = Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
    const done = (counts.granted ?? 0) + (counts.failed ?? 0) + (counts.action_required ?? 0);
    if (done >= expected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - start) / 1000;
  await runner.stop();

  const discordStats = await control<{ requests: number; byStatus: Record<string, number>; violations: number }>(discordUrl, "/stats");
  const inst = await fetch(`${fakes.env.FAKE_GITHUB_URL}/_fake/installations/${installation.id}`).then((r) => r.json()).catch(() => null);
  const discordMembers = (await control<{ members: { roles: string[] }[] }>(discordUrl, `/guilds/${guild.id}`)).members.filter((m) => m.roles.includes(premium.id)).length;
  console.log(
    JSON.stringify({
      customers: CUSTOMERS,
      grants: expected,
      statuses: counts,
      orders_recorded_s: Math.round(ordered) / 1000,
      total_s: Math.round(seconds * 100) / 100,
      grants_per_s: Math.round((expected / seconds) * 10) / 10,
      discord: { advertised: `${DISCORD_LIMIT} per route per guild per second`, requests: discordStats.requests, by_status: discordStats.byStatus, violations: discordStats.violations, members_with_role: discordMembers },
      github: { advertised: `${GITHUB_LIMIT} per installation per hour`, repositories: repoCount, rate_limit: inst?.rate_limit ?? null },
    }),
  );
  await fakes.close();
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
