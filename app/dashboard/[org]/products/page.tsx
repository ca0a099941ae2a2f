import type { Metadata } from "next";
import Link from "next/link";
import { billingLabel, priceLabel } from "@/components/products/product-format";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/misc";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireOrgPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listProducts } from "@/lib/products/list-products";
import { serializeProduct } from "@/lib/products/serialize-product";

export const metadata: Metadata = { title: "Products" };

const PAGE_SIZE = 50;

// /dashboard/[org]/products — the catalog; archived products only when asked (?archived=1).
export default async function ProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ page?: string; archived?: string }>;
}) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug);
  const query = await searchParams;
  const showArchived = query.archived === "1";
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const { items, total } = await listProducts(
    db,
    org.id,
    showArchived ? {} : { isArchived: false },
    ["-created_at"],
    { page, limit: PAGE_SIZE },
  );
  const products = items.map(serializeProduct);
  const base = `/dashboard/${org.slug}/products`;
  const newButton = (
    <Button asChild>
      <Link href={`${base}/new`}>New product</Link>
    </Button>
  );
  const archivedToggle = (
    <Link href={showArchived ? base : `${base}?archived=1`} className="text-sm font-medium text-brand-700 hover:underline">
      {showArchived ? "Hide archived products" : "Show archived products"}
    </Link>
  );

  return (
    <>
      <PageHeader
        title="Products"
        description="What your billing system sells. Each purchase of a product grants its benefits, in order."
        actions={total > 0 || showArchived ? newButton : undefined}
      />
      {total === 0 ? (
        <>
          <EmptyState
            title={showArchived ? "No products" : "No products yet"}
            description="Create a one-time or recurring product, then attach the benefits a purchase should grant."
            action={newButton}
          />
          <div className="mt-3 text-right">{archivedToggle}</div>
        </>
      ) : (
        <>
          <div className="mb-3 flex justify-end">{archivedToggle}</div>
          <Table>
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Billing</Th>
                <Th>Price</Th>
                <Th className="text-right">Benefits</Th>
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <Tr key={p.id}>
                  <Td className="font-medium">
                    <Link href={`${base}/${p.id}`} className="text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    {p.is_archived && (
                      <span className="ml-2">
                        <Badge tone="yellow">Archived</Badge>
                      </span>
                    )}
                  </Td>
                  <Td>{billingLabel(p.recurring_interval, p.recurring_interval_count)}</Td>
                  <Td className="tabular-nums">{priceLabel(p.prices, p.recurring_interval)}</Td>
                  <Td className="text-right tabular-nums">{p.benefits.length}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pagination
            page={page}
            total={total}
            pageSize={PAGE_SIZE}
            href={(n) => `${base}?page=${n}${showArchived ? "&archived=1" : ""}`}
            noun="product"
          />
        </>
      )}
    </>
  );
}
