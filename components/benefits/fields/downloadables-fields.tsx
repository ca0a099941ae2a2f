"use client";

import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { AddFilesPanel } from "@/components/files/benefit/add-files-panel";
import { BenefitFileRow, type BenefitFileInfo } from "@/components/files/benefit/benefit-file-row";
import type { FileRead } from "@/components/files/files-api";
import { useFiles, useRefreshFiles } from "@/components/files/use-files";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useBenefitForm, useFieldError } from "../form-context";
import { Section } from "./section";

export type OrgFile = { id: string; name: string; size: number; isUploaded: boolean };

export const ARCHIVE_SENTENCE = "Archived files are hidden from new buyers; customers who already have them keep them.";

const fromApi = (f: FileRead): BenefitFileInfo => ({
  id: f.id,
  name: f.name,
  size: f.size,
  version: f.version,
  isUploaded: f.is_uploaded,
  isReplaced: Boolean(f.replaced_by_id),
});

function DeclaredRow({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { register } = useBenefitForm();
  const base = `properties.declared.${index}` as const;
  const nameError = useFieldError(`${base}.name`);
  const sizeError = useFieldError(`${base}.size_mb`);
  const which = <span className="sr-only"> (new file {index + 1})</span>;
  return (
    <div className="grid items-start gap-3 sm:grid-cols-[1fr_9rem_auto]">
      <FormField label={<>File name{which}</>} error={nameError}>
        <Input {...register(`${base}.name`)} placeholder="templates.zip" autoComplete="off" />
      </FormField>
      <FormField label={<>Size in MB{which}</>} error={sizeError}>
        <Input {...register(`${base}.size_mb`)} inputMode="decimal" placeholder="5" />
      </FormField>
      <div className="sm:pt-6">
        <Button type="button" variant="ghost" onClick={onRemove} aria-label={`Remove new file ${index + 1}`}>
          Remove
        </Button>
      </div>
    </div>
  );
}

/**
 * The files of a downloadables benefit, in the order customers see them: add existing files or
 * upload new ones here, reorder, archive, replace with a new version (same place in the list).
 */
export function DownloadablesFields({ files, organizationId }: { files: OrgFile[]; organizationId: string }) {
  const { control, setValue, getValues } = useBenefitForm();
  const { fields, append, remove } = useFieldArray({ control, name: "properties.declared" });
  const picked = useWatch({ control, name: "properties.file_ids" }) ?? [];
  const archived = useWatch({ control, name: "properties.archived" }) ?? {};
  const filesError = useFieldError("properties.files");
  const pickedError = useFieldError("properties.file_ids");
  const live = useFiles(organizationId);
  const refreshFiles = useRefreshFiles(organizationId);
  const [uploaded, setUploaded] = useState<BenefitFileInfo[]>([]);

  // What is known of each file: the page's list, then the live list (versions), then uploads made here.
  const info = new Map<string, BenefitFileInfo>();
  for (const f of files) info.set(f.id, { ...f, version: null });
  for (const f of live.data?.items ?? []) info.set(f.id, fromApi(f));
  for (const f of uploaded) info.set(f.id, f);
  const describe = (id: string): BenefitFileInfo => info.get(id) ?? { id, name: `File ${id.slice(0, 8)}`, size: null, version: null, isUploaded: true };

  const setIds = (ids: string[]) => setValue("properties.file_ids", ids, { shouldDirty: true, shouldValidate: false });
  const setArchived = (next: Record<string, boolean>) => setValue("properties.archived", next, { shouldDirty: true });
  const ids = () => getValues("properties.file_ids") ?? [];
  const add = (id: string) => !ids().includes(id) && setIds([...ids(), id]);
  const move = (from: number, to: number) => {
    const next = [...ids()];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id);
    setIds(next);
  };
  const removeAt = (index: number) => {
    const id = ids()[index];
    setIds(ids().filter((_, i) => i !== index));
    const { [id]: _dropped, ...rest } = getValues("properties.archived") ?? {};
    setArchived(rest);
  };
  const replaceAt = (index: number, replacement: FileRead) => {
    setUploaded((all) => [...all, fromApi(replacement)]);
    const oldId = ids()[index];
    setIds(ids().map((id, i) => (i === index ? replacement.id : id)));
    const { [oldId]: wasArchived, ...rest } = getValues("properties.archived") ?? {};
    setArchived(wasArchived ? { ...rest, [replacement.id]: true } : rest);
    void refreshFiles(); // the old file now reads as replaced
  };
  const onUploaded = (file: FileRead) => {
    setUploaded((all) => [...all, fromApi(file)]);
    add(file.id);
    void refreshFiles();
  };

  const available = [...info.values()].filter((f) => !picked.includes(f.id) && !f.isReplaced);
  return (
    <>
      <Section legend="Files" description="Customers download these from their portal, in this order." error={filesError ?? pickedError}>
        {picked.length === 0 ? (
          <p className="text-sm text-gray-600">No files yet: add files you uploaded, or upload new ones below.</p>
        ) : (
          <ol aria-label="Files in this benefit" className="divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
            {picked.map((id, index) => (
              <BenefitFileRow
                key={id}
                organizationId={organizationId}
                index={index}
                count={picked.length}
                file={describe(id)}
                isArchived={archived[id] === true}
                onMove={(to) => move(index, to)}
                onArchive={(isArchived) => setArchived({ ...(getValues("properties.archived") ?? {}), [id]: isArchived })}
                onReplace={(replacement) => replaceAt(index, replacement)}
                onRemove={() => removeAt(index)}
              />
            ))}
          </ol>
        )}
        <p className="text-xs text-gray-600">
          {ARCHIVE_SENTENCE} Replacing a file with a new version keeps its place: customers get the new version and keep the one they had.
        </p>
      </Section>
      <Section legend="Add files" description="Pick from your files, or upload new ones: each is added to the list once its checksum is verified.">
        <AddFilesPanel organizationId={organizationId} available={available} onAdd={add} onUploaded={onUploaded} />
      </Section>
      <details open={fields.length > 0 || undefined} className="rounded-md border border-gray-200 p-4">
        <summary className="cursor-pointer text-sm font-semibold text-gray-900">Declare a file to upload later</summary>
        <div className="mt-3 space-y-3">
          <p className="text-xs text-gray-600">Adds a file record awaiting upload; customers get it once it is uploaded.</p>
          {fields.map((field, index) => (
            <DeclaredRow key={field.id} index={index} onRemove={() => remove(index)} />
          ))}
          <Button type="button" variant="secondary" size="sm" onClick={() => append({ name: "", size_mb: "" })}>
            + Declare a file
          </Button>
        </div>
      </details>
    </>
  );
}
