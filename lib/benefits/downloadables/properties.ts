import { z } from "zod";

// A file already uploaded (its id), or — the seed's form — a declaration `{name, size}` that
// creates a file record awaiting upload.
const fileRef = z.union([
  z.uuid("Not a file id"),
  z.object({ id: z.uuid("Not a file id") }).transform((f) => f.id),
  z.object({
    name: z.string().trim().min(1).max(255),
    size: z.number().int().min(0).max(10 * 1024 ** 3, "Files are limited to 10 GB"),
    mime_type: z.string().max(255).optional(),
  }),
]);

export const downloadablesProperties = z.object({
  files: z.array(fileRef).min(1).max(100),
  // file id → archived: hidden from new buyers, kept by existing customers.
  archived: z.record(z.uuid(), z.boolean()).default({}),
});

export type DownloadablesInput = z.output<typeof downloadablesProperties>;
export type FileDeclaration = Exclude<DownloadablesInput["files"][number], string>;
export type DownloadablesProperties = { files: string[]; archived: Record<string, boolean> };

export const serializeDownloadablesProperties = (p: DownloadablesProperties) => ({
  files: p.files,
  archived: p.archived,
});
