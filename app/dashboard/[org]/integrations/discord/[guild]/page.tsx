import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { ApiError } from "@/lib/api/errors";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listConnectedGuildRoles } from "@/lib/integrations/discord/list-connected-guild-roles";

export const metadata: Metadata = { title: "Discord server" };

// /dashboard/[org]/integrations/discord/[guild] — a connected server's roles: which the bot can give, and who has each through Benefactor.
export default async function DiscordGuildPage({ params }: { params: Promise<{ org: string; guild: string }> }) {
  const { org: slug, guild: guildId } = await params;
  const { org } = await requireOrgPage(slug);
  if (!/^\d{15,25}$/.test(guildId)) notFound();
  const result = await listConnectedGuildRoles(db, org.id, guildId).catch((err: unknown) => {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    if (err instanceof ApiError) return err.message;
    throw err;
  });
  const base = `/dashboard/${org.slug}/integrations/discord/${guildId}`;
  return (
    <>
      <PageHeader
        title={typeof result === "string" ? `Discord server ${guildId}` : (result.name ?? guildId)}
        description={<Link className="text-brand-700 hover:underline" href={`/dashboard/${org.slug}/integrations`}>← Integrations</Link>}
      />
      {typeof result === "string" ? (
        <Card>
          <p role="alert" className="text-sm text-red-700">{result}</p>
        </Card>
      ) : (
        <>
          <p className="mb-3 text-sm text-gray-600">
            The bot’s highest role is <strong>{result.bot_role?.name ?? "none"}</strong>: it can give only roles below it.
          </p>
          <Table aria-label="Roles">
            <thead>
              <tr>
                <Th>Role</Th>
                <Th>Can be given</Th>
                <Th />
              </tr>
            </thead>
            <tbody>
              {[...result.items].reverse().map((r) => (
                <Tr key={r.id}>
                  <Td>
                    <span className="font-medium text-gray-900">{r.name}</span> <span className="text-gray-500">· {r.id}</span>
                  </Td>
                  <Td>{r.assignable ? <Badge tone="green">Yes</Badge> : <span className="text-sm text-gray-600">{r.reason}</span>}</Td>
                  <Td className="text-right">
                    {r.id !== guildId && (
                      <Link className="text-sm font-medium text-brand-700 hover:underline" href={`${base}/roles/${r.id}`}>
                        Access audit
                      </Link>
                    )}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </>
  );
}
