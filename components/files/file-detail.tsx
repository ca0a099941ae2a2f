"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/misc";
import { FileDownloadsTable } from "./file-downloads-table";
import { fileDownloadHref, getFile, listFileDownloads } from "./files-api";
import { formatBytes, formatDateTime } from "./format";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-gray-500">{term}</dt>
      <dd className="mt-0.5 text-sm break-all text-gray-900">{children}</dd>
    </div>
  );
}

/** One file: what it is, its checksum, a download for the merchant, and its downloads per customer. */
export function FileDetail({ organizationId, orgSlug, fileId }: { organizationId: string; orgSlug: string; fileId: string }) {
  const file = useQuery({ queryKey: ["files", organizationId, fileId], queryFn: () => getFile(organizationId, fileId), retry: false });
  const downloads = useQuery({
    queryKey: ["files", organizationId, fileId, "downloads"],
    queryFn: () => listFileDownloads(organizationId, fileId),
    retry: false,
    refetchInterval: 15_000,
  });

  if (file.isPending) return <p className="text-sm text-gray-600">Loading…</p>;
  if (file.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {file.error.message}
      </p>
    );
  }
  const f = file.data;
  return (
    <>
      <PageHeader
        title={f.name}
        description={f.version ? `Version ${f.version}` : "No version label"}
        actions={
          f.is_uploaded ? (
            <Button asChild variant="secondary">
              <a href={fileDownloadHref(organizationId, f.id)}>Download</a>
            </Button>
          ) : (
            <Badge tone="yellow">Awaiting upload</Badge>
          )
        }
      />
      <Card>
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-3">
          <Fact term="Size">
            {formatBytes(f.size)} <span className="text-gray-500">({f.size.toLocaleString("en-US")} bytes)</span>
          </Fact>
          <Fact term="Type">{f.mime_type}</Fact>
          <Fact term="Uploaded">{f.is_uploaded ? formatDateTime(f.last_modified_at ?? f.created_at) : "Not yet"}</Fact>
          <div className="sm:col-span-3">
            <Fact term="SHA-256 (hex)">
              <code className="font-mono text-xs">{f.checksum_sha256_hex ?? "—"}</code>
            </Fact>
          </div>
        </dl>
      </Card>
      <section aria-labelledby="downloads-heading" className="mt-6 space-y-3">
        <h2 id="downloads-heading" className="text-base font-semibold text-gray-900">
          Downloads by customer
        </h2>
        {downloads.isPending ? (
          <p className="text-sm text-gray-600">Loading…</p>
        ) : downloads.isError ? (
          <p role="alert" className="text-sm text-red-700">
            {downloads.error.message}
          </p>
        ) : (
          <FileDownloadsTable orgSlug={orgSlug} items={downloads.data.items} />
        )}
      </section>
    </>
  );
}
