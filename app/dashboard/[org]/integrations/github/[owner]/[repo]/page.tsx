import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { auditGitHubRepository } from "@/lib/integrations/github/audit-github-repository";
import { listRepositoryGrants } from "@/lib/integrations/github/list-repository-grants";

export const metadata: Metadata = { title: "Repository access" };

type Props = { params: Promise<{ org: string; owner: string; repo: string }>; searchParams: Promise<{ check?: string }> };
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

async function runCheck(organizationId: string, repo: { owner: string; name: string }) {
  try {
    return { ok: true as const, audit: await auditGitHubRepository(db, organizationId, repo) };
  } catch (err) {
    return { ok: false as const, error: err instanceof Error ? err.message : "GitHub could not be asked" };
  }
}

// /dashboard/[org]/integrations/github/[owner]/[repo] — who has access through Benefactor, and (Check) how that compares with GitHub.
export default async function GitHubRepositoryAccessPage({ params, searchParams }: Props) {
  const { org: slug, owner, repo: name } = await params;
  const { check } = await searchParams;
  const { org } = await requireOrgPage(slug);
  if (!NAME.test(owner) || !NAME.test(name)) notFound();
  const repo = { owner, name };
  const access = await listRepositoryGrants(db, org.id, repo);
  const result = check ? await runCheck(org.id, repo) : null;
  const base = `/dashboard/${slug}/integrations/github/${owner}/${name}`;
  return (
    <>
      <p className="mb-3 text-sm">
        <Link href={`/dashboard/${slug}/integrations`} className="font-medium text-brand-700 hover:underline">
          ← Integrations
        </Link>
      </p>
      <PageHeader
        title={`${owner}/${name}`}
        description="Who has access to this repository through Benefactor. Check compares it with the collaborators and pending invitations GitHub reports."
        actions={
          <Button asChild variant="secondary">
            <Link href={`${base}?check=1`} prefetch={false}>
              Check with GitHub
            </Link>
          </Button>
        }
      />
      {result && (
        <Card className="mb-6 space-y-2">
          <h2 className="text-sm font-semibold text-gray-900">Check</h2>
          {!result.ok ? (
            <p role="alert" className="text-sm text-red-700">{result.error}</p>
          ) : result.audit.differences.length === 0 ? (
            <p role="status" className="text-sm text-green-800">GitHub matches Benefactor: no differences.</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label="Differences">
              {result.audit.differences.map((d) => (
                <li key={`${d.kind}-${d.login}`} className="flex items-start gap-2">
                  <Badge tone={d.kind === "invitation_not_accepted" ? "yellow" : "red"}>{d.kind.replaceAll("_", " ")}</Badge>
                  <span>{d.message}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      {access.length === 0 ? (
        <EmptyState title="Nobody has access through Benefactor" description="Grants of GitHub benefits on this repository appear here once delivered." />
      ) : (
        <Table aria-label="Access through Benefactor">
          <thead>
            <tr>
              <Th>GitHub user</Th>
              <Th>Customer</Th>
              <Th>Benefit</Th>
              <Th>Permission</Th>
              <Th>Invitation</Th>
            </tr>
          </thead>
          <tbody>
            {access.map((a) => (
              <Tr key={a.grantId}>
                <Td className="font-medium">{a.login}</Td>
                <Td>
                  <Link className="text-brand-700 hover:underline" href={`/dashboard/${slug}/customers/${a.customer.id}`}>
                    {a.customer.email}
                  </Link>
                </Td>
                <Td>{a.benefitDescription}</Td>
                <Td>{a.permission}</Td>
                <Td>{a.invitationId ? `#${a.invitationId}` : "already a collaborator"}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
