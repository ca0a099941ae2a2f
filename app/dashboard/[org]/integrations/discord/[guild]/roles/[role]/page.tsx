import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { ApiError } from "@/lib/api/errors";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { auditDiscordRole, type RoleHolder } from "@/lib/integrations/discord/audit-discord-role";

export const metadata: Metadata = { title: "Discord role access" };

const STATUS: Record<RoleHolder["status"], { tone: "gray" | "green" | "red" | "yellow"; label: string }> = {
  unchecked: { tone: "gray", label: "Not checked" },
  ok: { tone: "green", label: "Has the role" },
  role_removed: { tone: "red", label: "Role removed by hand" },
  left_server: { tone: "yellow", label: "Left the server" },
};

// /dashboard/[org]/integrations/discord/[guild]/roles/[role] — who has the role through Benefactor; ?check=1 compares with Discord.
export default async function DiscordRoleAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; guild: string; role: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug, guild, role }, query] = await Promise.all([params, searchParams]);
  const { org } = await requireOrgPage(slug);
  if (!/^\d{15,25}$/.test(guild) || !/^\d{15,25}$/.test(role)) notFound();
  const isCheck = query.check === "1";
  const audit = await auditDiscordRole(db, org.id, guild, role, { check: isCheck }).catch((err: unknown) => {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    if (err instanceof ApiError) return err.message;
    throw err;
  });
  const base = `/dashboard/${org.slug}/integrations/discord/${guild}/roles/${role}`;
  if (typeof audit === "string") {
    return (
      <Card>
        <p role="alert" className="text-sm text-red-700">{audit}</p>
      </Card>
    );
  }
  return (
    <>
      <PageHeader
        title={`Access audit: ${audit.role.name ?? role}`}
        description={
          <Link className="text-brand-700 hover:underline" href={`/dashboard/${org.slug}/integrations/discord/${guild}`}>
            ← {audit.guild.name ?? guild}
          </Link>
        }
        actions={
          <Button asChild variant="secondary">
            <Link href={`${base}?check=1`}>Check with Discord</Link>
          </Button>
        }
      />
      {audit.checked_at && <p className="mb-3 text-sm text-gray-600">Compared with Discord at {new Date(audit.checked_at).toLocaleString("en-GB", { timeZone: "UTC" })} UTC.</p>}
      {audit.holders.length === 0 ? (
        <EmptyState title="Nobody has this role through Benefactor" description="Customers who are granted a benefit giving this role appear here." />
      ) : (
        <Card className="p-0">
          <Table aria-label="Customers with the role through Benefactor">
            <thead>
              <tr>
                <Th>Customer</Th>
                <Th>Discord account</Th>
                <Th>Grants</Th>
                <Th>In Discord</Th>
              </tr>
            </thead>
            <tbody>
              {audit.holders.map((h) => (
                <Tr key={h.discord_user_id}>
                  <Td>
                    <Link className="text-brand-700 hover:underline" href={`/dashboard/${org.slug}/customers/${h.customer_id}`}>{h.customer_email}</Link>
                  </Td>
                  <Td>{h.discord_username ?? h.discord_user_id}</Td>
                  <Td>{h.grant_ids.length}</Td>
                  <Td>
                    <Badge tone={STATUS[h.status].tone}>{STATUS[h.status].label}</Badge>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
      {audit.not_granted && (
        <Card className="mt-6">
          <h2 className="text-sm font-semibold text-gray-900">Has the role in Discord without a Benefactor grant</h2>
          {audit.not_granted.length === 0 ? (
            <p className="mt-1 text-sm text-gray-600">Nobody: every member with the role got it through Benefactor.</p>
          ) : (
            <ul className="mt-2 list-inside list-disc text-sm text-gray-700" aria-label="Added by hand">
              {audit.not_granted.map((m) => (
                <li key={m.discord_user_id}>
                  {m.discord_username} <span className="text-gray-500">· {m.discord_user_id} · added by hand</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </>
  );
}
