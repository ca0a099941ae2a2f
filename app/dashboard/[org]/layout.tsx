import type { ReactNode } from "react";
import { Sidebar } from "@/components/dashboard/sidebar";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { user, org, role } = await requireOrgPage(slug);
  const organizations = await db.organization.findMany({
    where: { memberships: { some: { userId: user.id } } },
    orderBy: { name: "asc" },
    select: { name: true, slug: true },
  });
  return (
    <div className="flex min-h-screen">
      <Sidebar org={org} organizations={organizations} user={user} role={role} />
      <main className="min-w-0 flex-1 px-6 py-8 lg:px-10">
        <div className="mx-auto max-w-5xl">{children}</div>
      </main>
    </div>
  );
}
