"use client";

import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Badge } from "@/components/ui/misc";
import type { FileRead } from "../files-api";
import { formatBytes } from "../format";
import { ReplaceFileDialog } from "./replace-file-dialog";

export type BenefitFileInfo = { id: string; name: string; size: number | null; version: string | null; isUploaded: boolean; isReplaced?: boolean };

/** One file of a downloadables benefit: its place in the list, archive toggle, replace, remove. */
export function BenefitFileRow({
  organizationId,
  index,
  count,
  file,
  isArchived,
  onMove,
  onArchive,
  onReplace,
  onRemove,
}: {
  organizationId: string;
  index: number;
  count: number;
  file: BenefitFileInfo;
  isArchived: boolean;
  onMove: (to: number) => void;
  onArchive: (isArchived: boolean) => void;
  onReplace: (replacement: FileRead) => void;
  onRemove: () => void;
}) {
  return (
    <li className="flex flex-wrap items-center gap-3 px-3 py-2" data-testid="benefit-file">
      <span className="w-5 text-right text-xs text-gray-500 tabular-nums">{index + 1}.</span>
      <div className="min-w-0 flex-1">
        <p className={isArchived ? "truncate text-sm font-medium text-gray-500 line-through" : "truncate text-sm font-medium text-gray-900"}>{file.name}</p>
        <p className="text-xs text-gray-500">
          {file.size === null ? "Unknown size" : formatBytes(file.size)}
          {file.version && ` · version ${file.version}`}
        </p>
      </div>
      {!file.isUploaded && <Badge tone="yellow">Awaiting upload</Badge>}
      <div className="flex items-center gap-1">
        <Button type="button" variant="ghost" size="sm" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move ${file.name} up`}>
          ↑
        </Button>
        <Button type="button" variant="ghost" size="sm" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move ${file.name} down`}>
          ↓
        </Button>
      </div>
      <Checkbox
        checked={isArchived}
        onChange={(e) => onArchive(e.target.checked)}
        label={<>Archived<span className="sr-only"> ({file.name})</span></>}
      />
      <ReplaceFileDialog organizationId={organizationId} file={file} onReplaced={onReplace} />
      <Button type="button" variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${file.name} from this benefit`}>
        Remove
      </Button>
    </li>
  );
}
