"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { FileRead } from "../files-api";
import { formatBytes } from "../format";
import { UploadDropZone } from "../upload/upload-drop-zone";
import { UploadProgressList } from "../upload/upload-progress-list";
import { useUploads } from "../upload/use-uploads";
import type { BenefitFileInfo } from "./benefit-file-row";

/** Add files to a benefit: the organization's other uploaded files, or new uploads (added when done). */
export function AddFilesPanel({
  organizationId,
  available,
  onAdd,
  onUploaded,
}: {
  organizationId: string;
  available: BenefitFileInfo[];
  onAdd: (id: string) => void;
  onUploaded: (file: FileRead) => void;
}) {
  const [rejected, setRejected] = useState<string>();
  const uploads = useUploads({ organizationId, onUploaded });
  return (
    <div className="space-y-3">
      {available.length > 0 && (
        <ul aria-label="Files you can add" className="divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
          {available.map((file) => (
            <li key={file.id} className="flex items-center justify-between gap-3 px-3 py-2">
              <div className="min-w-0">
                <p className="truncate text-sm text-gray-900">{file.name}</p>
                <p className="text-xs text-gray-500">
                  {file.size === null ? "" : formatBytes(file.size)}
                  {file.version && ` · version ${file.version}`}
                  {!file.isUploaded && " · awaiting upload"}
                </p>
              </div>
              <Button type="button" variant="secondary" size="sm" onClick={() => onAdd(file.id)} aria-label={`Add ${file.name}`}>
                Add
              </Button>
            </li>
          ))}
        </ul>
      )}
      <UploadDropZone label="Upload new files" onFiles={(files) => {
          setRejected(undefined);
          uploads.start(files);
        }} onRejected={setRejected} />
      <FormError message={rejected} />
      <UploadProgressList items={uploads.items} onCancel={uploads.cancel} />
    </div>
  );
}
