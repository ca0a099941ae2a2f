import type { Metadata } from "next";
import { CustomerFormDialog } from "@/components/customers/customer-form-dialog";
import { CustomersTable } from "@/components/customers/customers-table";
import { PageHeader } from "@/components/ui/misc";
import { listResponse } from "@/lib/api/pagination";
import { requireOrgPage } from "@/lib/auth/session";
import { listCustomers } from "@/lib/customers/list-customers";
import { serializeCustomer } from "@/lib/customers/serialize-customer";
import { db } from "@/lib/db";
import { createCustomerAction } from "./actions";

export const metadata: Metadata = { title: "Customers" };

const FIRST_PAGE = { page: 1, limit: 25 };

// /dashboard/[org]/customers — search and browse; the table then pages and searches through /v1.
export default async function CustomersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug);
  const { items, total } = await listCustomers(db, org.id, {}, ["-created_at"], FIRST_PAGE);
  const createButton = (
    <CustomerFormDialog
      mode="create"
      action={createCustomerAction.bind(null, org.slug)}
      listHref={`/dashboard/${org.slug}/customers`}
    />
  );
  return (
    <>
      <PageHeader
        title="Customers"
        description="The people who bought your products. Each one receives the benefits of what they bought."
        actions={total > 0 ? createButton : undefined}
      />
      <CustomersTable
        organizationId={org.id}
        orgSlug={org.slug}
        initialPage={listResponse(items.map(serializeCustomer), total, FIRST_PAGE)}
        createButton={createButton}
      />
    </>
  );
}
