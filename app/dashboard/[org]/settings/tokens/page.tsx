import type { Metadata } from "next";
import { CreateTokenDialog } from "@/components/settings/create-token-dialog";
import { TokensTable, toTokenRows } from "@/components/settings/tokens-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/misc";
import { listAccessTokens } from "@/lib/auth/access-tokens";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "API tokens" };

const DESCRIPTION =
  "Tokens let your billing system, scripts and the Polar SDK call Benefactor's API for this organization (Authorization: Bearer …).";

// /dashboard/[org]/settings/tokens
export default async function TokensPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, can } = await requireOrgPage(slug);
  if (!can("tokens:manage")) {
    return (
      <>
        <PageHeader title="API tokens" description={DESCRIPTION} />
        <Card>
          <h2 className="text-sm font-semibold text-gray-900">Only owners and admins manage API tokens</h2>
          <p className="mt-1 text-sm text-gray-600">
            A token acts on everything in {org.name}, so only owners and admins can see, create and revoke them. If you need one,
            ask an owner or admin of this organization.
          </p>
        </Card>
      </>
    );
  }
  const tokens = toTokenRows(await listAccessTokens(db, org.id));
  return (
    <>
      <PageHeader title="API tokens" description={DESCRIPTION} actions={<CreateTokenDialog slug={slug} />} />
      {tokens.length === 0 ? (
        <EmptyState
          title="No API tokens yet"
          description="Create one token per system that talks to Benefactor, so you can revoke one without touching the others."
        />
      ) : (
        <TokensTable slug={slug} tokens={tokens} />
      )}
    </>
  );
}
