import { notFound } from "next/navigation";
import { PortalMessage } from "@/components/portal/portal-frame";
import { db } from "@/lib/db";
import { findPortalOrganization } from "@/lib/portal/find-portal-organization";

// /portal/[org]/signed-out — where "Sign out" lands.
export default async function SignedOutPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const org = await findPortalOrganization(db, slug);
  if (!org) notFound();
  return (
    <PortalMessage title="You are signed out">
      <p>To see your benefits from {org.name} again, use a new portal link from them.</p>
    </PortalMessage>
  );
}
