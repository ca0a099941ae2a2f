"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { FileDownloadStat } from "./files-api";
import { formatDateTime } from "./format";

/** Per customer (and benefit they hold it through): how often they downloaded this file and when last. */
export function FileDownloadsTable({ orgSlug, items }: { orgSlug: string; items: FileDownloadStat[] }) {
  if (items.length === 0) {
    return <p className="text-sm text-gray-600">Nobody has this file yet. It is granted through a Downloadables benefit on a product.</p>;
  }
  return (
    <Table aria-label="Downloads by customer">
      <thead>
        <tr>
          <Th>Customer</Th>
          <Th>Access</Th>
          <Th className="text-right">Downloads</Th>
          <Th>Last download</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <Tr key={d.id} data-testid="download-row">
            <Td>
              <Link href={`/dashboard/${orgSlug}/customers/${d.customer_id}`} className="font-medium text-brand-700 hover:underline">
                {d.customer.name ?? d.customer.email}
              </Link>
              {d.customer.name && <p className="text-xs text-gray-500">{d.customer.email}</p>}
              <p className="text-xs text-gray-500">
                via{" "}
                <Link href={`/dashboard/${orgSlug}/benefits/${d.benefit_id}`} className="hover:underline">
                  benefit
                </Link>{" "}
                since {formatDateTime(d.granted_at)}
              </p>
            </Td>
            <Td>{d.is_granted ? <Badge tone="green">Granted</Badge> : <Badge>Revoked</Badge>}</Td>
            <Td className="text-right tabular-nums">{d.download_count}</Td>
            <Td>{formatDateTime(d.last_downloaded_at, "Never")}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
