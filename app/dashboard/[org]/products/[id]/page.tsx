import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { benefitTypeLabel } from "@/components/benefits/benefit-type-info";
import { ProductBenefitsEditor } from "@/components/products/product-benefits-editor";
import { billingLabel, centsToText } from "@/components/products/product-format";
import { ProductForm } from "@/components/products/product-form";
import { Badge, Card, PageHeader } from "@/components/ui/misc";
import { ApiError } from "@/lib/api/errors";
import { parseId } from "@/lib/api/parse";
import { requireOrgPage } from "@/lib/auth/session";
import { listBenefits } from "@/lib/benefits/list-benefits";
import { db } from "@/lib/db";
import { getProductOrThrow } from "@/lib/products/get-product-or-throw";
import { serializeProduct } from "@/lib/products/serialize-product";
import { setProductBenefitsAction, updateProductAction } from "../actions";

export const metadata: Metadata = { title: "Product" };

// The attach picker lists at most this many of the organization's benefits.
const BENEFIT_CHOICES = 100;

async function loadProduct(organizationId: string, id: string) {
  try {
    return serializeProduct(await getProductOrThrow(db, organizationId, parseId(id, "Product")));
  } catch (err) {
    if (err instanceof ApiError && err.code === "not_found") notFound();
    throw err;
  }
}

// /dashboard/[org]/products/[id] — edit the product and its benefits, in grant order.
export default async function ProductPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org } = await requireOrgPage(slug);
  const product = await loadProduct(org.id, id);
  const { items: benefits } = await listBenefits(db, org.id, {}, { page: 1, limit: BENEFIT_CHOICES });
  const toOption = (b: { id: string; description: string; type: Parameters<typeof benefitTypeLabel>[0] }) => ({
    id: b.id,
    description: b.description,
    typeLabel: benefitTypeLabel(b.type),
  });
  const price = product.prices[0];
  const fixed = price?.amount_type === "fixed" ? price : null;
  const base = `/dashboard/${org.slug}/products`;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← Products
        </Link>
      </nav>
      <PageHeader
        title={product.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone="brand">{billingLabel(product.recurring_interval, product.recurring_interval_count)}</Badge>
            {product.is_archived && <Badge tone="yellow">Archived</Badge>}
            <span className="text-gray-500">
              {product.is_recurring ? "Subscription" : "One-time purchase"}; the billing cycle cannot change.
            </span>
          </span>
        }
      />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 text-base font-semibold text-gray-900">Details</h2>
          <ProductForm
            mode="edit"
            defaultValues={{
              name: product.name,
              description: product.description ?? "",
              billing: product.is_recurring ? "recurring" : "one_time",
              recurring_interval: product.recurring_interval ?? "month",
              amount: fixed ? centsToText(fixed.price_amount) : "",
              currency: price?.price_currency ?? "usd",
              is_archived: product.is_archived,
            }}
            isPriceEditable={!price || fixed !== null}
            initialPrice={fixed ? { cents: fixed.price_amount, currency: fixed.price_currency } : undefined}
            action={updateProductAction.bind(null, org.slug, product.id)}
            cancelHref={base}
          />
        </Card>
        <Card>
          <h2 className="text-base font-semibold text-gray-900">Benefits</h2>
          <p className="mt-1 mb-4 text-sm text-gray-600">
            Every purchase grants these benefits, in this order; customers see them in the same order. Changes are saved as
            you make them.
          </p>
          <ProductBenefitsEditor
            orgSlug={org.slug}
            attached={product.benefits.map(toOption)}
            available={benefits.map(toOption)}
            action={setProductBenefitsAction.bind(null, org.slug, product.id)}
          />
        </Card>
      </div>
    </>
  );
}
