import type { Metadata } from "next";
import { headers } from "next/headers";
import { RotateSigningKeyDialog } from "@/components/license-keys/signing/rotate-signing-key-dialog";
import { SigningKeyDetails } from "@/components/license-keys/signing/signing-key-details";
import { SigningKeysTable } from "@/components/license-keys/signing/signing-keys-table";
import { PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { licenseTokenIssuer } from "@/lib/license-keys/license-token-claims";
import { getSigningKeysOverview, organizationJwksUrl } from "@/lib/license-keys/signing-keys-public";

export const metadata: Metadata = { title: "License signing" };

// APP_URL when configured (behind a proxy the request's host may be internal); else the host the
// merchant is looking at, which is what an app on the same deployment would reach.
async function publicBaseUrl(): Promise<string> {
  const configured = process.env.APP_URL?.trim();
  if (configured) return configured;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}

// /dashboard/[org]/settings/license-signing
export default async function LicenseSigningPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, can } = await requireOrgPage(slug);
  const overview = await getSigningKeysOverview(db, org.id);
  return (
    <>
      <PageHeader
        title="License signing"
        description="License tokens are signed with this organization's Ed25519 key, so your app can verify a license offline with the public key below."
        actions={can("organization:manage") ? <RotateSigningKeyDialog slug={slug} /> : undefined}
      />
      <div className="space-y-6">
        <SigningKeyDetails
          jwksUrl={organizationJwksUrl(await publicBaseUrl(), org.id)}
          organizationId={org.id}
          issuer={licenseTokenIssuer(org.id)}
          current={overview.current}
        />
        <SigningKeysTable keys={overview.keys} />
      </div>
    </>
  );
}
