"use client";

import Link from "next/link";
import { ChecksumCopy } from "@/components/ui/checksum-copy";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Badge } from "@/components/ui/misc";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { EditFileDialog } from "./edit-file-dialog";
import { deleteFile, FilesApiError, fileDownloadHref, type FileRead } from "./files-api";
import { formatBytes, formatDateTime } from "./format";

async function remove(organizationId: string, id: string) {
  try {
    await deleteFile(organizationId, id);
    return { ok: true as const, data: undefined };
  } catch (err) {
    return { ok: false as const, errors: { "": err instanceof FilesApiError ? err.message : "Something went wrong. Try again." } };
  }
}

/** The organization's files with what a merchant checks and does: download, edit, delete. */
export function FilesTable({
  organizationId,
  orgSlug,
  files,
  canWrite,
  canDelete,
  onChanged,
}: {
  organizationId: string;
  orgSlug: string;
  files: FileRead[];
  canWrite: boolean;
  canDelete: boolean;
  onChanged: () => void;
}) {
  return (
    <Table>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Size</Th>
          <Th>Version</Th>
          <Th>Uploaded</Th>
          <Th>SHA-256</Th>
          <Th className="text-right">Actions</Th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <Tr key={file.id} data-testid="file-row">
            <Td>
              <Link href={`/dashboard/${orgSlug}/files/${file.id}`} className="font-medium text-brand-700 hover:underline">
                {file.name}
              </Link>
              <p className="text-xs text-gray-500">
                {file.mime_type}
                {file.replaced_by_id && " · replaced by a newer version"}
              </p>
            </Td>
            <Td className="whitespace-nowrap">{formatBytes(file.size)}</Td>
            <Td>{file.version ?? <span className="text-gray-400">—</span>}</Td>
            <Td className="whitespace-nowrap">
              {file.is_uploaded ? formatDateTime(file.last_modified_at ?? file.created_at) : <Badge tone="yellow">Awaiting upload</Badge>}
            </Td>
            <Td>
              <ChecksumCopy hex={file.checksum_sha256_hex} label={file.name} />
            </Td>
            <Td className="text-right whitespace-nowrap">
              {file.is_uploaded && (
                <a href={fileDownloadHref(organizationId, file.id)} className="px-2 text-xs font-medium text-brand-700 hover:underline" aria-label={`Download ${file.name}`}>
                  Download
                </a>
              )}
              {canWrite && <EditFileDialog organizationId={organizationId} file={file} onSaved={onChanged} />}
              {canDelete && (
                <ConfirmButton
                  label="Delete"
                  ariaLabel={`Delete ${file.name}`}
                  variant="ghost"
                  size="sm"
                  title={`Delete ${file.name}?`}
                  description="The file leaves this list and can no longer be added to benefits. Customers who were already granted it keep downloading it."
                  confirmLabel="Delete file"
                  action={() => remove(organizationId, file.id)}
                  onDone={onChanged}
                />
              )}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
