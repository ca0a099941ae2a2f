import type { Metadata } from "next";
import { ProductForm } from "@/components/products/product-form";
import { Card, PageHeader } from "@/components/ui/misc";
import { requireOrgPage } from "@/lib/auth/session";
import { createProductAction } from "../actions";

export const metadata: Metadata = { title: "New product" };

// /dashboard/[org]/products/new — name, billing cycle and price; benefits are attached next.
export default async function NewProductPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug);
  return (
    <>
      <PageHeader
        title="New product"
        description="Record what your billing system sells. After creating it, attach the benefits a purchase grants."
      />
      <Card>
        <ProductForm
          mode="create"
          defaultValues={{ name: "", description: "", billing: "one_time", recurring_interval: "month", amount: "", currency: "usd", is_archived: false }}
          action={createProductAction.bind(null, org.slug)}
          cancelHref={`/dashboard/${org.slug}/products`}
        />
      </Card>
    </>
  );
}
