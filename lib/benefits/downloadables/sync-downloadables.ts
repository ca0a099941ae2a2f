import type { DownloadablesProperties } from "@/lib/benefits/downloadables/properties";
import type { DbTx } from "@/lib/db";
import { uuidv7s } from "@/lib/meters/uuid-v7";

type Target = { customerId: string; benefitId: string };

/**
 * Brings one customer's downloadables of a benefit in line with its files:
 * - each listed file that is uploaded, not archived and not deleted is granted (a row is created,
 *   or a revoked one granted again);
 * - a row the customer already holds stays when its file is archived or deleted (existing
 *   customers keep those) or was replaced by a newer version that the list now holds (customers
 *   keep the version they had next to the new one);
 * - a row whose file was simply removed from the list is revoked.
 * Listed files are read FOR SHARE so a concurrent delete waits for this grant (lib/files/delete-file.ts).
 * Idempotent. Returns the file ids the customer holds through this benefit afterwards.
 */
export async function syncDownloadables(tx: DbTx, target: Target, properties: DownloadablesProperties): Promise<string[]> {
  const listed = properties.files;
  const files = await tx.$queryRaw<{ id: string; is_uploaded: boolean; is_deleted: boolean }[]>`
    SELECT id, is_uploaded, deleted_at IS NOT NULL AS is_deleted FROM files
    WHERE id = ANY(${listed}::uuid[]) ORDER BY id FOR SHARE`;
  const byId = new Map(files.map((f) => [f.id, f]));
  const grantable = listed.filter((id) => {
    const f = byId.get(id);
    return f && f.is_uploaded && !f.is_deleted && !properties.archived[id];
  });
  if (grantable.length > 0) {
    const ids = uuidv7s(grantable.length);
    await tx.$executeRaw`
      INSERT INTO downloadables (id, customer_id, file_id, benefit_id, status, created_at, modified_at)
      SELECT row_id, ${target.customerId}::uuid, file_id, ${target.benefitId}::uuid, 'granted', now(), now()
      FROM unnest(${ids}::uuid[], ${grantable}::uuid[]) AS t(row_id, file_id)
      ON CONFLICT (customer_id, file_id, benefit_id)
      DO UPDATE SET status = 'granted', modified_at = now() WHERE downloadables.status <> 'granted'`;
  }
  // Rows of files no longer listed, kept when a chain of newer versions leads to a listed file.
  await tx.$executeRaw`
    WITH RECURSIVE unlisted AS (
      SELECT d.id, d.file_id FROM downloadables d
      WHERE d.customer_id = ${target.customerId}::uuid AND d.benefit_id = ${target.benefitId}::uuid
        AND d.status = 'granted' AND NOT (d.file_id = ANY(${listed}::uuid[]))
    ), chain(row_id, file_id, depth) AS (
      SELECT u.id, f.replaced_by_id, 1 FROM unlisted u JOIN files f ON f.id = u.file_id
      UNION ALL
      SELECT c.row_id, f.replaced_by_id, c.depth + 1 FROM chain c JOIN files f ON f.id = c.file_id WHERE c.depth < 50
    )
    UPDATE downloadables SET status = 'revoked', modified_at = now()
    WHERE id IN (SELECT id FROM unlisted)
      AND id NOT IN (SELECT row_id FROM chain WHERE file_id = ANY(${listed}::uuid[]))`;
  const held = await tx.downloadable.findMany({
    where: { customerId: target.customerId, benefitId: target.benefitId, status: "granted" },
    select: { fileId: true },
    orderBy: { createdAt: "asc" },
  });
  return held.map((d) => d.fileId);
}

/** The customer loses every file of the benefit (their last grant of it went). */
export async function revokeDownloadables(tx: DbTx, target: Target): Promise<void> {
  await tx.downloadable.updateMany({
    where: { customerId: target.customerId, benefitId: target.benefitId, status: "granted" },
    data: { status: "revoked" },
  });
}
