import type { DbTx } from "@/lib/db";

/** What a benefit form can point at: the organization's meters and downloadable files. */
export async function listBenefitReferences(db: DbTx, organizationId: string) {
  const [meters, files] = await Promise.all([
    db.meter.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.file.findMany({
      where: { organizationId, deletedAt: null, service: "downloadable", replacedById: null },
      select: { id: true, name: true, size: true, isUploaded: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return { meters, files: files.map((f) => ({ ...f, size: Number(f.size) })) };
}
