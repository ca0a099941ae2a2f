"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { FilesApiError, updateFile, type FileRead } from "./files-api";

/** Rename a file or set its version label (PATCH /v1/files/{id}). */
export function EditFileDialog({ organizationId, file, onSaved }: { organizationId: string; file: FileRead; onSaved: () => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const [name, setName] = useState(file.name);
  const [version, setVersion] = useState(file.version ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === "") return setErrors({ name: "Enter a name" });
    setIsBusy(true);
    setErrors({});
    try {
      await updateFile(organizationId, file.id, { name: name.trim(), version: version.trim() === "" ? null : version.trim() });
      setIsOpen(false);
      onSaved();
    } catch (err) {
      setErrors(err instanceof FilesApiError ? { "": err.message, ...err.fields } : { "": "Something went wrong. Try again." });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Dialog
      open={isOpen}
      onOpenChange={(open) => {
        setIsOpen(open);
        if (open) {
          setName(file.name);
          setVersion(file.version ?? "");
          setErrors({});
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Edit ${file.name}`}>
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent title="Edit file" description="Customers see the name and the version label in their portal.">
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormError message={errors[""] && !errors.name && !errors.version ? errors[""] : undefined} />
          <FormField label="Name" error={errors.name}>
            <Input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </FormField>
          <FormField label="Version" hint="Optional, e.g. “2.1” or “2026-12 edition”." error={errors.version}>
            <Input value={version} onChange={(e) => setVersion(e.target.value)} autoComplete="off" />
          </FormField>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" isLoading={isBusy}>
              Save
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
