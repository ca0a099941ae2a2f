import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerFormDialog } from "@/components/customers/customer-form-dialog";
import { CustomerProfile } from "@/components/customers/customer-profile";
import { Card, PageHeader } from "@/components/ui/misc";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { getCustomerOrThrow } from "@/lib/customers/get-customer-or-throw";
import { serializeCustomer } from "@/lib/customers/serialize-customer";
import { db } from "@/lib/db";
import { updateCustomerAction } from "../actions";

export const metadata: Metadata = { title: "Customer" };

async function loadCustomer(organizationId: string, id: string) {
  try {
    return serializeCustomer(await getCustomerOrThrow(db, organizationId, { id: parseId(id, "Customer") }));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

function ComingSection({ title, children }: { title: string; children: string }) {
  return (
    <Card>
      <h2 className="text-base font-semibold text-gray-900">{title}</h2>
      <p className="mt-1 text-sm text-gray-600">{children}</p>
    </Card>
  );
}

// /dashboard/[org]/customers/[id] — who the customer is; purchases and grants join once recorded.
export default async function CustomerPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org } = await requireOrgPage(slug);
  const customer = await loadCustomer(org.id, id);
  const base = `/dashboard/${org.slug}/customers`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← Customers
        </Link>
      </nav>
      <PageHeader
        title={customer.name ?? customer.email}
        description={customer.name ? customer.email : undefined}
        actions={
          <CustomerFormDialog
            mode="edit"
            defaultValues={{ email: customer.email, name: customer.name ?? "", external_id: customer.external_id ?? "" }}
            isExternalIdLocked={customer.external_id !== null}
            action={updateCustomerAction.bind(null, org.slug, customer.id)}
          />
        }
      />
      <div className="space-y-6">
        <CustomerProfile customer={customer} />
        <ComingSection title="Orders & subscriptions">
          This customer&apos;s orders and subscriptions appear here once your billing system records purchases with Benefactor.
        </ComingSection>
        <ComingSection title="Benefit grants">
          The benefits granted to this customer, and their state, appear here once purchases are recorded and the grant engine
          (coming next) grants them.
        </ComingSection>
      </div>
    </>
  );
}
