"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Badge } from "@/components/ui/misc";
import { useBenefitForm, useFieldError } from "../form-context";
import { Section } from "./section";

export type OrgFile = { id: string; name: string; size: number; isUploaded: boolean };

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ["kB", "MB", "GB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })} ${units[unit]}`;
}

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

export function DownloadablesFields({ files }: { files: OrgFile[] }) {
  const { register, control } = useBenefitForm();
  const { fields, append, remove } = useFieldArray({ control, name: "properties.declared" });
  const picked = useWatch({ control, name: "properties.file_ids" });
  const filesError = useFieldError("properties.files");
  const pickedError = useFieldError("properties.file_ids");
  return (
    <>
      <Section
        legend="Files"
        description="Customers download these from their portal. Archived files stay available to customers who already have them but are hidden from new ones."
        error={filesError ?? pickedError}
      >
        {files.length === 0 ? (
          <p className="text-sm text-gray-600">
            Your organization has no files yet. Uploading arrives with the files feature; until then, declare each file by name
            and size below and upload its content once uploads are available.
          </p>
        ) : (
          <ul className="divide-y divide-gray-100 rounded-md ring-1 ring-gray-200">
            {files.map((file) => {
              const isPicked = Array.isArray(picked) && picked.includes(file.id);
              return (
                <li key={file.id} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2">
                  <Checkbox
                    {...register("properties.file_ids")}
                    value={file.id}
                    label={file.name}
                    hint={formatBytes(file.size)}
                  />
                  <div className="flex items-center gap-3">
                    {!file.isUploaded && <Badge tone="yellow">Awaiting upload</Badge>}
                    <Checkbox
                      {...register(`properties.archived.${file.id}`)}
                      disabled={!isPicked}
                      label={<>Archived<span className="sr-only"> ({file.name})</span></>}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section
        legend="Declare new files"
        description="Adds a file record awaiting upload. Use it for files you will upload later."
      >
        {fields.map((field, index) => (
          <DeclaredRow key={field.id} index={index} onRemove={() => remove(index)} />
        ))}
        <Button type="button" variant="secondary" size="sm" onClick={() => append({ name: "", size_mb: "" })}>
          + Declare a file
        </Button>
      </Section>
    </>
  );
}
