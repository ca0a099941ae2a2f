import type { Db } from "@/lib/db";
import { verifyDownloadToken } from "@/lib/files/download-token";
import { FileLinkError } from "@/lib/files/link-error";
import { fileSelect } from "@/lib/files/serialize-file";
import { serveFile } from "@/lib/files/serve-file";

/**
 * A customer following a download link. Tampered → 403, expired → 410, and — checked now, not
 * when the link was made — a customer who no longer holds the file (the downloadable revoked, or
 * no granted grant of its benefit left) → 403 even with a fresh link. The check and the count
 * are one conditional UPDATE, so a revoke that commits first always wins.
 */
export async function downloadWithToken(db: Db, req: Request, token: string): Promise<Response> {
  const check = verifyDownloadToken(token);
  if (!check.ok) {
    if (check.reason === "expired") throw new FileLinkError(410, "expired", "This download link has expired: get a new one from the portal");
    throw new FileLinkError(403, "invalid_signature", "This download link is invalid");
  }
  const downloadable = await db.downloadable.findUnique({
    where: { id: check.downloadableId },
    select: { id: true, file: { select: fileSelect } },
  });
  if (!downloadable || !downloadable.file.isUploaded) throw new FileLinkError(403, "invalid_signature", "This download link is invalid");

  return serveFile(req, downloadable.file, async (countsAsDownload) => {
    const held = countsAsDownload
      ? await db.$queryRaw<unknown[]>`
          UPDATE downloadables d
          SET download_count = d.download_count + 1, last_downloaded_at = now(), modified_at = now()
          WHERE d.id = ${downloadable.id}::uuid AND d.status = 'granted' AND EXISTS (
            SELECT 1 FROM benefit_grants g
            WHERE g.customer_id = d.customer_id AND g.benefit_id = d.benefit_id AND g.status = 'granted')
          RETURNING d.id`
      : await db.$queryRaw<unknown[]>`
          SELECT d.id FROM downloadables d
          WHERE d.id = ${downloadable.id}::uuid AND d.status = 'granted' AND EXISTS (
            SELECT 1 FROM benefit_grants g
            WHERE g.customer_id = d.customer_id AND g.benefit_id = d.benefit_id AND g.status = 'granted')`;
    if (held.length === 0) throw new FileLinkError(403, "revoked", "You no longer have access to this file");
  });
}
