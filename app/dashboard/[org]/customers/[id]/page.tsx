import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerFormDialog } from "@/components/customers/customer-form-dialog";
import { CustomerProfile } from "@/components/customers/customer-profile";
import { GrantBenefitDialog } from "@/components/grants/grant-benefit-dialog";
import { GrantsPanel } from "@/components/grants/grants-panel";
import { benefitTypeLabels } from "@/components/grants/type-labels";
import { GRANTS_LIMIT } from "@/components/grants/grants-query";
import { CustomerPurchases } from "@/components/purchases/customer-purchases";
import { purchasableProducts } from "@/components/purchases/purchasable-products";
import { RecordTestPurchaseDialog } from "@/components/purchases/record-test-purchase-dialog";
import { PageHeader } from "@/components/ui/misc";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { listBenefits } from "@/lib/benefits/list-benefits";
import { getCustomerOrThrow } from "@/lib/customers/get-customer-or-throw";
import { serializeCustomer } from "@/lib/customers/serialize-customer";
import { db } from "@/lib/db";
import { listGrants } from "@/lib/grants/list-grants";
import { serializeGrant } from "@/lib/grants/serialize-grant";
import { listProducts } from "@/lib/products/list-products";
import { serializeProduct } from "@/lib/products/serialize-product";
import { listOrders } from "@/lib/purchases/list-orders";
import { listSubscriptions } from "@/lib/purchases/list-subscriptions";
import { serializeOrder } from "@/lib/purchases/serialize-order";
import { serializeSubscription } from "@/lib/purchases/serialize-subscription";
import { updateCustomerAction } from "../actions";

export const metadata: Metadata = { title: "Customer" };

const RECENT = { page: 1, limit: 10 };
// The pickers list at most this many products and benefits.
const CHOICES = { page: 1, limit: 100 };

async function loadCustomer(organizationId: string, id: string) {
  try {
    return serializeCustomer(await getCustomerOrThrow(db, organizationId, { id: parseId(id, "Customer") }));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

// /dashboard/[org]/customers/[id] — who the customer is, what they bought and the benefits they hold.
export default async function CustomerPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, can } = await requireOrgPage(slug);
  const customer = await loadCustomer(org.id, id);
  const byCustomer = { customerIds: [customer.id] };
  const [subscriptions, orders, grants, products, benefits] = await Promise.all([
    listSubscriptions(db, org.id, byCustomer, ["-started_at"], RECENT),
    listOrders(db, org.id, byCustomer, ["-created_at"], RECENT),
    listGrants(db, org.id, byCustomer, ["-created_at"], { page: 1, limit: GRANTS_LIMIT }),
    listProducts(db, org.id, { isArchived: false }, ["name"], CHOICES),
    listBenefits(db, org.id, {}, CHOICES),
  ]);
  const canWrite = can("write");
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
          canWrite && (
            <>
              <CustomerFormDialog
                mode="edit"
                defaultValues={{ email: customer.email, name: customer.name ?? "", external_id: customer.external_id ?? "" }}
                isExternalIdLocked={customer.external_id !== null}
                action={updateCustomerAction.bind(null, org.slug, customer.id)}
              />
              <RecordTestPurchaseDialog orgSlug={org.slug} customerId={customer.id} products={purchasableProducts(products.items.map(serializeProduct))} />
            </>
          )
        }
      />
      <div className="space-y-6">
        <CustomerProfile customer={customer} />
        <GrantsPanel
          organizationId={org.id}
          orgSlug={org.slug}
          query={{ customer_id: customer.id }}
          initial={grants.items.map(serializeGrant)}
          show="benefit"
          typeLabels={benefitTypeLabels()}
          canWrite={canWrite}
          description="What this customer holds through their purchases, and benefits you granted by hand."
          emptyText="No benefits yet. A purchase of a product grants its benefits; you can also grant one by hand."
          action={
            canWrite && (
              <GrantBenefitDialog
                orgSlug={org.slug}
                customerId={customer.id}
                benefits={benefits.items.map((b) => ({ value: b.id, label: b.description }))}
              />
            )
          }
        />
        <CustomerPurchases
          orgSlug={org.slug}
          customerId={customer.id}
          subscriptions={{ items: subscriptions.items.map(serializeSubscription), total: subscriptions.total }}
          orders={{ items: orders.items.map(serializeOrder), total: orders.total }}
        />
      </div>
    </>
  );
}
