// Operator command line: `npm run cli -- <command> [options]`. Scripts the things the API cannot
// bootstrap by itself (a first organization, user and access token).
import { parseArgs } from "node:util";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { createAccessToken } from "@/lib/auth/access-tokens";
import { db } from "@/lib/db";
import { createOrganization } from "@/lib/organizations/create-organization";
import { slugify } from "@/lib/organizations/slug";
import { createUser } from "@/lib/users/create-user";

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  org:create   --name <name> [--slug <slug>] [--owner <email>]
               Create an organization (owned by an existing user, if given).
  user:create  --email <email> --password <password> [--name <name>] [--org <slug>] [--role owner|admin|member]
               Create a merchant user, optionally as a member of an organization.
  token:create --org <slug> --name <name>
               Create an organization access token and print it (shown once).
  help         Show this message.

Environment: DATABASE_URL (defaults to the local development database).`;

class UsageError extends Error {}

function need(values: Record<string, string | undefined>, key: string): string {
  const value = values[key];
  if (!value) throw new UsageError(`--${key} is required`);
  return value;
}

async function orgBySlug(slug: string) {
  const org = await db.organization.findUnique({ where: { slug } });
  if (!org) throw new UsageError(`No organization with slug "${slug}"`);
  return org;
}

const commands: Record<string, (v: Record<string, string | undefined>) => Promise<void>> = {
  async "org:create"(v) {
    const name = need(v, "name");
    let ownerId: string | undefined;
    if (v.owner) {
      const owner = await db.user.findUnique({ where: { email: v.owner.toLowerCase() } });
      if (!owner) throw new UsageError(`No user with email "${v.owner}"`);
      ownerId = owner.id;
    }
    const org = await createOrganization(db, { name, slug: v.slug ?? slugify(name) }, ownerId);
    console.log(JSON.stringify({ id: org.id, name: org.name, slug: org.slug }));
  },
  async "user:create"(v) {
    const role = z.enum(["owner", "admin", "member"]).default("owner").parse(v.role);
    const org = v.org ? await orgBySlug(v.org) : null;
    const user = await createUser(db, { email: need(v, "email"), password: need(v, "password"), name: v.name });
    if (org) await db.membership.create({ data: { organizationId: org.id, userId: user.id, role } });
    console.log(JSON.stringify({ id: user.id, email: user.email, organization: org?.slug ?? null, role: org ? role : null }));
  },
  async "token:create"(v) {
    const org = await orgBySlug(need(v, "org"));
    const name = need(v, "name");
    const created = await createAccessToken(db, { organizationId: org.id, name });
    // The token alone on stdout, so `TOKEN=$(npm run -s cli -- token:create …)` works.
    console.log(created.token);
    console.error(`Created token "${name}" (…${created.lastChars}) for ${org.slug} (${org.id}). It is shown only once.`);
  },
  async help() {
    console.log(USAGE);
  },
};

async function main(): Promise<number> {
  const [command = "help", ...rest] = process.argv.slice(2);
  const run = commands[command];
  if (!run) {
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const options = Object.fromEntries(
    ["name", "slug", "owner", "email", "password", "org", "role"].map((k) => [k, { type: "string" as const }]),
  );
  try {
    const { values } = parseArgs({ args: rest, options, strict: true });
    await run(values as Record<string, string | undefined>);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS"))) {
      console.error(`Error: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof z.ZodError) {
      for (const issue of err.issues) console.error(`Error: ${issue.path.join(".") || "value"}: ${issue.message}`);
      return 2;
    }
    if (err instanceof ApiError) {
      const detail = typeof err.detail === "string" ? err.detail : err.detail.map((d) => `${d.loc.at(-1)}: ${d.msg}`).join("; ");
      console.error(`Error: ${detail}`);
      return 2;
    }
    console.error("Error:", err instanceof Error ? err.message : err);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
