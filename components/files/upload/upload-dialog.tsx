"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import type { FileRead } from "../files-api";
import { UploadDropZone } from "./upload-drop-zone";
import { UploadProgressList } from "./upload-progress-list";
import { useUploads } from "./use-uploads";

/** "Upload files": a dialog with a drop zone and one progress bar per file. */
export function UploadDialog({ organizationId, onUploaded }: { organizationId: string; onUploaded: (file: FileRead) => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const [rejected, setRejected] = useState<string>();
  const uploads = useUploads({ organizationId, onUploaded });
  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (!open) {
          uploads.clearFinished();
          setRejected(undefined);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>Upload files</Button>
      </DialogTrigger>
      <DialogContent
        title="Upload files"
        description="Pick several files at once. Each is checked with its SHA-256 before it is accepted; a failed part is retried by itself."
        isDismissible={!uploads.isBusy}
      >
        <div className="space-y-4">
          <UploadDropZone
            onFiles={(files) => {
              setRejected(undefined);
              uploads.start(files);
            }}
            onRejected={setRejected}
          />
          <FormError message={rejected} />
          <UploadProgressList items={uploads.items} onCancel={uploads.cancel} />
          {uploads.isBusy && <p className="text-xs text-gray-500">Keep this page open until the uploads finish.</p>}
        </div>
      </DialogContent>
    </Dialog>
  );
}
