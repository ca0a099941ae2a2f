import { ApiError } from "@/lib/api/errors";
import type { DownloadablesInput, DownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import type { DbTx } from "@/lib/db";
import { uuidv7s } from "@/lib/meters/uuid-v7";

/**
 * Resolves file references to this organization's file ids. A declaration (`{name, size}`)
 * creates a file record awaiting upload, so the seed's create call works before any upload.
 */
export async function prepareDownloadables(
  db: DbTx,
  organizationId: string,
  parsed: DownloadablesInput,
): Promise<DownloadablesProperties> {
  const ids = parsed.files.filter((f): f is string => typeof f === "string");
  const found = await db.file.findMany({
    where: { id: { in: ids }, organizationId, deletedAt: null },
    select: { id: true },
  });
  const known = new Set(found.map((f) => f.id));
  const files: string[] = [];
  for (const [index, ref] of parsed.files.entries()) {
    if (typeof ref === "string") {
      if (!known.has(ref)) throw ApiError.invalid(["body", "properties", "files", index], "File not found in this organization");
      files.push(ref);
    } else {
      // A declaration has no upload yet; its storage key is where its bytes would go.
      const [id] = uuidv7s(1);
      const file = await db.file.create({
        data: {
          id,
          organizationId,
          name: ref.name,
          size: BigInt(ref.size),
          mimeType: ref.mime_type ?? "application/octet-stream",
          storageKey: `${organizationId}/${id}`,
          isUploaded: false,
        },
        select: { id: true },
      });
      files.push(file.id);
    }
  }
  if (new Set(files).size !== files.length) throw ApiError.invalid(["body", "properties", "files"], "A file is listed twice");
  const archived = Object.fromEntries(Object.entries(parsed.archived).filter(([id]) => files.includes(id)));
  return { files, archived };
}
