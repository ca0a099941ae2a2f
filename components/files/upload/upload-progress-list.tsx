"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatBytes } from "../format";
import type { UploadItem } from "./use-uploads";

const percent = (item: UploadItem) => (item.size === 0 ? 100 : Math.floor((item.done / item.size) * 100));

function statusText(item: UploadItem): string {
  const retried = item.retries > 0 ? ` · retried ${item.retries}×` : "";
  switch (item.status) {
    case "queued":
      return "Waiting…";
    case "hashing":
      return `Computing SHA-256… ${percent(item)}%`;
    case "uploading":
      return `Uploading… ${percent(item)}%${retried}`;
    case "completing":
      return "Checking the checksum…";
    case "done":
      return `Uploaded${retried}`;
    case "cancelled":
      return "Cancelled";
    case "failed":
      return "Failed";
  }
}

function barWidth(item: UploadItem): number {
  if (item.status === "done" || item.status === "completing" || item.status === "failed") return 100;
  if (item.status === "uploading") return percent(item);
  return 0;
}

/** One progress bar per file, with what it is doing and, on failure, the server's reason. */
export function UploadProgressList({ items, onCancel }: { items: UploadItem[]; onCancel: (key: string) => void }) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-3" aria-label="Uploads">
      {items.map((item) => {
        const width = barWidth(item);
        const isRunning = !["done", "failed", "cancelled"].includes(item.status);
        return (
          <li key={item.key} className="space-y-1" data-testid="upload-item">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="min-w-0 truncate font-medium text-gray-900">{item.name}</span>
              <span className="shrink-0 text-xs text-gray-500">{formatBytes(item.size)}</span>
            </div>
            <div
              role="progressbar"
              aria-label={`Upload of ${item.name}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={width}
              aria-valuetext={statusText(item)}
              className="h-2 overflow-hidden rounded-full bg-gray-100"
            >
              <div
                className={cn(
                  "h-full rounded-full transition-[width] duration-200",
                  item.status === "failed" ? "bg-red-500" : item.status === "done" ? "bg-green-500" : "bg-brand-600",
                )}
                style={{ width: `${item.status === "hashing" ? percent(item) : width}%`, opacity: item.status === "hashing" ? 0.4 : 1 }}
              />
            </div>
            <div className="flex items-center justify-between gap-3">
              <p className={cn("text-xs", item.status === "done" ? "text-green-700" : "text-gray-600")} aria-live="polite">
                {statusText(item)}
              </p>
              {isRunning && (
                <Button type="button" variant="ghost" size="sm" onClick={() => onCancel(item.key)} aria-label={`Cancel upload of ${item.name}`}>
                  Cancel
                </Button>
              )}
            </div>
            {item.error && (
              <p role="alert" className="rounded-md bg-red-50 px-2 py-1 text-xs font-medium text-red-700 ring-1 ring-red-200 ring-inset">
                {item.name}: {item.error}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
