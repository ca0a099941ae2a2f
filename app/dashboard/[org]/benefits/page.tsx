import type { Metadata } from "next";
import Link from "next/link";
import { benefitSummary } from "@/components/benefits/benefit-summary";
import { benefitTypeLabel } from "@/components/benefits/benefit-type-info";
import { Pagination } from "@/components/ui/pagination";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requireOrgPage } from "@/lib/auth/session";
import { listBenefitProducts } from "@/lib/benefits/list-benefit-products";
import { listBenefits } from "@/lib/benefits/list-benefits";
import { serializeBenefit } from "@/lib/benefits/serialize-benefit";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Benefits" };

const PAGE_SIZE = 50;

// /dashboard/[org]/benefits — every benefit with what it gives and where it is used.
export default async function BenefitsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ page?: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug);
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const { items, total } = await listBenefits(db, org.id, {}, { page, limit: PAGE_SIZE });
  const [products, meters] = await Promise.all([
    listBenefitProducts(db, org.id, items.map((b) => b.id)),
    db.meter.findMany({ where: { organizationId: org.id }, select: { id: true, name: true } }),
  ]);
  const meterNames = new Map(meters.map((m) => [m.id, m.name]));
  const base = `/dashboard/${org.slug}/benefits`;
  const newButton = (
    <Button asChild>
      <Link href={`${base}/new`}>New benefit</Link>
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Benefits"
        description="What customers receive when they buy a product. Configure a benefit once, then attach it to products."
        actions={total > 0 ? newButton : undefined}
      />
      {total === 0 ? (
        <EmptyState
          title="No benefits yet"
          description="Create a license key, GitHub repository access, a Discord role, downloadable files, meter credits or a custom note. Then attach it to a product so every purchase grants it."
          action={newButton}
        />
      ) : (
        <>
          <Table>
            <thead>
              <tr>
                <Th>Description</Th>
                <Th>Type</Th>
                <Th>Configuration</Th>
                <Th className="text-right">Products</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((row) => {
                const benefit = serializeBenefit(row);
                const usedBy = products.get(benefit.id) ?? [];
                return (
                  <Tr key={benefit.id}>
                    <Td className="font-medium">
                      <Link href={`${base}/${benefit.id}`} className="text-brand-700 hover:underline">
                        {benefit.description}
                      </Link>
                    </Td>
                    <Td>
                      <Badge>{benefitTypeLabel(benefit.type)}</Badge>
                    </Td>
                    <Td className="max-w-xs truncate text-gray-600" title={benefitSummary(benefit.type, benefit.properties, meterNames)}>
                      {benefitSummary(benefit.type, benefit.properties, meterNames)}
                    </Td>
                    <Td className="text-right tabular-nums" title={usedBy.map((p) => p.name).join(", ") || undefined}>
                      {usedBy.length}
                    </Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination page={page} total={total} pageSize={PAGE_SIZE} href={(p) => `${base}?page=${p}`} noun="benefit" />
        </>
      )}
    </>
  );
}
