import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

// /dashboard — go to the merchant's first organization, or create one.
export default async function DashboardIndex() {
  const user = await requireUser();
  const membership = await db.membership.findFirst({
    where: { userId: user.id },
    orderBy: { createdAt: "asc" },
    select: { organization: { select: { slug: true } } },
  });
  redirect(membership ? `/dashboard/${membership.organization.slug}` : "/dashboard/new");
}
