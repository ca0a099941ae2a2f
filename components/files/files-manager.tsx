"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/misc";
import { useToast } from "@/components/ui/toast";
import { FilesTable } from "./files-table";
import { UploadDialog } from "./upload/upload-dialog";
import { useFiles, useRefreshFiles } from "./use-files";

/** The Files page body: the upload dialog and the list, kept fresh after every change. */
export function FilesManager({ organizationId, orgSlug, canWrite, canDelete }: { organizationId: string; orgSlug: string; canWrite: boolean; canDelete: boolean }) {
  const [page, setPage] = useState(1);
  const files = useFiles(organizationId, page);
  const refresh = useRefreshFiles(organizationId);
  const toast = useToast();
  const upload = canWrite && (
    <UploadDialog
      organizationId={organizationId}
      onUploaded={(file) => {
        toast({ title: "File uploaded", description: `${file.name}: checksum verified.` });
        refresh();
      }}
    />
  );
  const items = files.data?.items ?? [];
  const maxPage = files.data?.pagination.max_page ?? 1;
  return (
    <>
      <PageHeader
        title="Files"
        description="Files you sell through Downloadables benefits. Customers download them from their portal with links that expire and are checked against their purchase."
        actions={upload}
      />
      {files.isPending ? (
        <p className="text-sm text-gray-600">Loading files…</p>
      ) : files.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {files.error.message}
        </p>
      ) : items.length === 0 ? (
        <EmptyState title="No files yet" description="Upload templates, installers or datasets (up to 10 GB each), then add them to a Downloadables benefit." />
      ) : (
        <>
          <FilesTable organizationId={organizationId} orgSlug={orgSlug} files={items} canWrite={canWrite} canDelete={canDelete} onChanged={refresh} />
          {maxPage > 1 && (
            <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-gray-600">
              <p>
                Page {page} of {maxPage} ({files.data?.pagination.total_count} files)
              </p>
              <div className="flex gap-2">
                <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  Previous
                </Button>
                <Button variant="secondary" size="sm" disabled={page >= maxPage} onClick={() => setPage(page + 1)}>
                  Next
                </Button>
              </div>
            </nav>
          )}
        </>
      )}
    </>
  );
}
