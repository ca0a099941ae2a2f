import { ApiError } from "@/lib/api/errors";
import type { DbTx } from "@/lib/db";

/** Disconnects one of the organization's GitHub integrations (another organization's is a 404). */
export async function removeGitHubIntegration(db: DbTx, organizationId: string, id: string): Promise<void> {
  const { count } = await db.organizationIntegration.deleteMany({ where: { id, organizationId, platform: "github" } });
  if (count === 0) throw ApiError.notFound("GitHub integration");
}
