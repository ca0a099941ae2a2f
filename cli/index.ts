// Operator command line: `npm run cli -- <command> [options]`. Scripts the things the API cannot
// bootstrap by itself (a first organization, user and access token).
import { parseArgs } from "node:util";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { createAccessToken } from "@/lib/auth/access-tokens";
import { createCustomerSession } from "@/lib/auth/customer-session-create";
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
  portal:link  --org <slug> --customer <external id or email>
               Open a customer portal session and print its link (valid one hour).
  help         Show this message.

Environment: DATABASE_URL (defaults to the local development database), APP_URL (base of portal links).`;

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
  async "portal:link"(v) {
    const org = await orgBySlug(need(v, "org"));
    const ref = need(v, "customer");
    const customer = await db.customer.findFirst({
      where: { organizationId: org.id, deletedAt: null, OR: [{ externalId: ref }, { email: ref.toLowerCase() }] },
      select: { id: true },
    });
    if (!customer) throw new UsageError(`No customer of ${org.slug} with external id or email "${ref}"`);
    const baseUrl = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    const session = await createCustomerSession(db, org.id, { customer_id: customer.id, external_customer_id: undefined, return_url: null }, baseUrl);
    // The link alone on stdout, like token:create.
    console.log(session.customer_portal_url);
    console.error(`Portal session for ${ref} in ${org.slug}, valid until ${session.expires_at}.`);
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
    ["name", "slug", "owner", "email", "password", "org", "role", "customer"].map((k) => [k, { type: "string" as const }]),
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
