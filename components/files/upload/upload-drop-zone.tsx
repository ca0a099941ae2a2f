"use client";

import { useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { MAX_FILE_BYTES } from "./plan-parts";

/** Drop files here or pick them (several at once). Files over the size limit are refused here. */
export function UploadDropZone({
  onFiles,
  onRejected,
  isMultiple = true,
  label = "Drop files here or choose files",
}: {
  onFiles: (files: File[]) => void;
  onRejected?: (message: string) => void;
  isMultiple?: boolean;
  label?: string;
}) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    const tooBig = files.filter((f) => f.size > MAX_FILE_BYTES);
    if (tooBig.length > 0) onRejected?.(`${tooBig.map((f) => f.name).join(", ")}: files are limited to 10 GB.`);
    const ok = files.filter((f) => f.size <= MAX_FILE_BYTES);
    if (ok.length > 0) onFiles(isMultiple ? ok : ok.slice(0, 1));
    if (inputRef.current) inputRef.current.value = "";
  };

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setIsOver(false);
        take(e.dataTransfer.files);
      }}
      className={cn(
        "flex flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-6 py-8 text-center",
        isOver ? "border-brand-500 bg-brand-50" : "border-gray-300 bg-white",
      )}
    >
      <label htmlFor={inputId} className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">
        {label}
      </label>
      <p className="text-xs text-gray-500">Up to 10 GB per file. The SHA-256 is computed in your browser and checked by the server.</p>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        multiple={isMultiple}
        className="sr-only"
        data-testid="file-input"
        onChange={(e) => take(e.target.files)}
      />
    </div>
  );
}
