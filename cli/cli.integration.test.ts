import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { api, randomSuffix } from "@/test/factories";

const run = promisify(execFile);

/** Runs the operator CLI as an operator would, against the test database. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "cli/index.ts", ...args], {
      env: { ...process.env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("operator CLI", () => {
  test("creates a user, an organization it owns, and a token that works on the API", async () => {
    const email = `cli-${randomSuffix()}@test.local`;
    const slug = `cli-${randomSuffix()}`;
    const user = await cli("user:create", "--email", email, "--password", "long-enough-pw");
    expect(user.code).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({ email });

    const org = await cli("org:create", "--name", "CLI Org", "--slug", slug, "--owner", email);
    expect(org.code).toBe(0);
    const { id } = JSON.parse(org.stdout);
    const membership = await db.membership.findFirst({ where: { organizationId: id, user: { email } } });
    expect(membership?.role).toBe("owner");

    const token = await cli("token:create", "--org", slug, "--name", "ci");
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^bfr_oat_[A-Za-z0-9_-]{43}$/);
    const res = await api("/v1/benefits/", { token: token.stdout.trim() });
    expect(res.status).toBe(200);
  });

  test("portal:link prints a link that signs the customer into the portal", async () => {
    const slug = `cli-${randomSuffix()}`;
    const org = await cli("org:create", "--name", "CLI Portal Org", "--slug", slug);
    const { id } = JSON.parse(org.stdout);
    const externalId = `cli-${randomSuffix()}`;
    await db.customer.create({ data: { organizationId: id, email: `${externalId}@test.local`, externalId } });

    const link = await cli("portal:link", "--org", slug, "--customer", externalId);
    expect(link.code).toBe(0);
    const url = new URL(link.stdout.trim());
    expect(url.pathname).toBe(`/portal/${slug}`);
    const token = url.searchParams.get("customer_session_token")!;
    const res = await api("/v1/customer-portal/benefit-grants/", { token });
    expect(res.status).toBe(200);

    const unknown = await cli("portal:link", "--org", slug, "--customer", "nobody@test.local");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No customer of');
  });

  test("bad arguments get a clear message and exit code 2", async () => {
    const unknown = await cli("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');

    const missing = await cli("token:create", "--name", "x");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--org is required");

    const noOrg = await cli("token:create", "--org", `nope-${randomSuffix()}`, "--name", "x");
    expect(noOrg.code).toBe(2);
    expect(noOrg.stderr).toContain("No organization with slug");

    const badUser = await cli("user:create", "--email", "not-an-email", "--password", "short");
    expect(badUser.code).toBe(2);
    expect(badUser.stderr).toContain("email: Enter a valid email address");
    expect(badUser.stderr).toContain("password: At least 8 characters");

    const badFlag = await cli("org:create", "--nmae", "typo");
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/Unknown option '--nmae'/);
  });
});
