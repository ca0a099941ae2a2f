import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";

// /dashboard/[org] — where the organization stands and what to do next.
export default async function OrgOverview({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug);
  const [products, benefits, customers, tokens] = await Promise.all([
    db.product.count({ where: { organizationId: org.id, isArchived: false } }),
    db.benefit.count({ where: { organizationId: org.id, deletedAt: null } }),
    db.customer.count({ where: { organizationId: org.id, deletedAt: null } }),
    db.organizationAccessToken.count({ where: { organizationId: org.id, revokedAt: null } }),
  ]);
  const base = `/dashboard/${org.slug}`;
  const steps = [
    { done: benefits > 0, label: "Create a benefit", detail: "A license key, repository access, a Discord role, files, credits or a note.", href: `${base}/benefits/new` },
    { done: products > 0, label: "Create a product", detail: "One-time or recurring; attach benefits in the order customers receive them.", href: `${base}/products/new` },
    { done: tokens > 0, label: "Create an API token", detail: "Your billing system and the Polar SDK use it to talk to Benefactor.", href: `${base}/settings/tokens` },
  ];
  return (
    <>
      <PageHeader title={org.name} description="Configure a benefit once; Benefactor grants and revokes it with every purchase." />
      <div className="grid gap-4 sm:grid-cols-3">
        {[
          { label: "Products", value: products, href: `${base}/products` },
          { label: "Benefits", value: benefits, href: `${base}/benefits` },
          { label: "Customers", value: customers, href: `${base}/customers` },
        ].map((s) => (
          <Link key={s.label} href={s.href}>
            <Card className="hover:ring-brand-300">
              <p className="text-sm text-gray-600">{s.label}</p>
              <p className="mt-1 text-2xl font-semibold">{s.value}</p>
            </Card>
          </Link>
        ))}
      </div>
      <Card className="mt-6">
        <h2 className="text-sm font-semibold">Getting started</h2>
        <ol className="mt-3 space-y-3">
          {steps.map((s) => (
            <li key={s.label} className="flex items-start gap-3">
              <span aria-hidden className={s.done ? "text-green-600" : "text-gray-300"}>
                {s.done ? "✔" : "○"}
              </span>
              <div>
                <Link href={s.href} className="text-sm font-medium text-brand-700 hover:underline">
                  {s.label}
                </Link>
                <span className="sr-only">{s.done ? " (done)" : " (to do)"}</span>
                <p className="text-sm text-gray-600">{s.detail}</p>
              </div>
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
