import type { Db } from "@/lib/db";
import { FileLinkError } from "@/lib/files/link-error";
import { verifyMerchantDownload } from "@/lib/files/merchant-download-link";
import { fileSelect } from "@/lib/files/serialize-file";
import { serveFile } from "@/lib/files/serve-file";

/** A merchant following the signed link their download redirected to: never counted as a customer download. */
export async function downloadMerchantFile(db: Db, req: Request, fileId: string): Promise<Response> {
  const check = verifyMerchantDownload(fileId, new URL(req.url).searchParams);
  if (check === "expired") throw new FileLinkError(410, "expired", "This download link has expired: download the file again from the dashboard");
  if (check === "invalid") throw new FileLinkError(403, "invalid_signature", "This download link is invalid");
  const file = await db.file.findUnique({ where: { id: fileId }, select: fileSelect });
  if (!file || !file.isUploaded) throw new FileLinkError(403, "invalid_signature", "This download link is invalid");
  return serveFile(req, file);
}
