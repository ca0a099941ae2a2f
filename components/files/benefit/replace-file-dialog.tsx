"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { FileRead } from "../files-api";
import { UploadDropZone } from "../upload/upload-drop-zone";
import { UploadProgressList } from "../upload/upload-progress-list";
import { useUploads } from "../upload/use-uploads";

/**
 * "Replace with a new version": uploads a new file declared as replacing `file`, then hands it
 * to `onReplaced`, which puts it in the old file's place in the benefit.
 */
export function ReplaceFileDialog({
  organizationId,
  file,
  onReplaced,
}: {
  organizationId: string;
  file: { id: string; name: string };
  onReplaced: (replacement: FileRead) => void;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const [version, setVersion] = useState("");
  const uploads = useUploads({
    organizationId,
    replacesFileId: file.id,
    onUploaded: (uploaded) => {
      onReplaced(uploaded);
      setIsOpen(false);
    },
  });
  const hasStarted = uploads.items.length > 0;
  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (!open) uploads.clearFinished();
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="ghost" size="sm" aria-label={`Replace ${file.name} with a new version`}>
          Replace…
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Replace ${file.name} with a new version`}
        description="The new file takes this one's place in the list. Save the benefit afterwards: customers then get the new version and can still download the one they had."
        isDismissible={!uploads.isBusy}
      >
        <div className="space-y-4">
          <FormField label="Version label of the new file" hint="Optional, e.g. “2.0”.">
            <Input value={version} onChange={(e) => setVersion(e.target.value)} disabled={hasStarted && uploads.isBusy} autoComplete="off" />
          </FormField>
          {!uploads.isBusy && <UploadDropZone isMultiple={false} label="Choose the new version" onFiles={(files) => uploads.start(files, version.trim() || undefined)} />}
          <UploadProgressList items={uploads.items} onCancel={uploads.cancel} />
        </div>
      </DialogContent>
    </Dialog>
  );
}
