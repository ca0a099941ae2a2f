// `npm run bench:providers` — 1,000 customers (BENCH_CUSTOMERS) each granted one GitHub repository
// benefit and one Discord role benefit, through the real @octokit/rest and @discordjs/rest against
// the fakes (test/fakes/start-fakes.ts) with their rate limits switched on, on a fresh PostgreSQL
// database (BENCH_DATABASE_URL, default benefactor_bench_providers on 127.0.0.1:5432). Prints the
// total time, grants per second and the fakes' count of calls beyond the advertised limits.
// Numbers, not pass/fail. Knobs: BENCH_CONCURRENCY (job runner, 8), BENCH_DISCORD_LIMIT (requests per
// route per guild per second, 50), BENCH_GITHUB_LIMIT (per installation per hour, 5000),
// GITHUB_WRITE_INTERVAL_MS (spacing of GitHub writes; 0 here, 1000 in production).
import { freshDatabase, run as runCommand } from "./bench-kit.mjs";

const url = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/benefactor_bench_providers";

const run = (args, env, capture) => runCommand(process.execPath, args, env, { capture });

await freshDatabase(url);

const out = await run(
  [
    "node_modules/tsx/dist/cli.mjs",
    "bench/providers-run.ts",
    `--customers=${process.env.BENCH_CUSTOMERS ?? 1000}`,
    `--concurrency=${process.env.BENCH_CONCURRENCY ?? 8}`,
    `--discord-limit=${process.env.BENCH_DISCORD_LIMIT ?? 50}`,
    `--github-limit=${process.env.BENCH_GITHUB_LIMIT ?? 5000}`,
  ],
  { DATABASE_URL: url, JOBS_RUNNER: "off", AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-providers-secret" },
  true,
);
const r = JSON.parse(out.trim().split("\n").at(-1));
console.log(`providers bench: ${r.customers} customers × (1 GitHub + 1 Discord benefit) = ${r.grants} grants`);
console.log(`  statuses:           ${JSON.stringify(r.statuses)}`);
console.log(`  total:              ${r.total_s} s (orders recorded in ${r.orders_recorded_s} s)`);
console.log(`  throughput:         ${r.grants_per_s} grants/s`);
console.log(`  Discord:            ${r.discord.requests} API calls, by status ${JSON.stringify(r.discord.by_status)}, limit ${r.discord.advertised}`);
console.log(`                      calls beyond the advertised limit: ${r.discord.violations}; members with the role: ${r.discord.members_with_role}`);
console.log(`  GitHub:             ${r.github.repositories} repositories, limit ${r.github.advertised}`);
console.log(`                      calls beyond the advertised limit: ${r.github.rate_limit?.exceeded ?? "n/a"}`);
console.log(JSON.stringify(r));
