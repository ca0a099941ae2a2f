import type { DbTx } from "@/lib/db";
import type { GrantStatus, Prisma } from "@/lib/generated/prisma/client";
import type { LockedGrant } from "@/lib/grants/lock-grant";
import type { StepFailure } from "@/lib/grants/run-strategy-step";
import type { GrantError } from "@/lib/grants/serialize-grant";
import { updateGrantAndEmit } from "@/lib/grants/update-grant-and-emit";

/**
 * Stores a failed attempt on the grant. A transient failure only records its message (the grant
 * keeps its status while the engine retries). A final one, when delivering (`fail`), moves the
 * grant to `failed` or `action_required`; when the grant still holds its benefit (a failed revoke
 * or renewal: `keep`), its status stays. Either way webhook receivers hear of it — unless that
 * exact outcome was already reported, so a re-run stays quiet.
 */
export async function recordGrantFailure(
  tx: DbTx,
  grant: LockedGrant,
  failure: StepFailure,
  onFinal: "fail" | "keep",
): Promise<GrantStatus> {
  const error = failure.error as Prisma.InputJsonObject;
  if (failure.kind === "retryable") {
    await updateGrantAndEmit(tx, grant, { error }, null);
    return grant.status;
  }
  const next: GrantStatus =
    onFinal === "keep" ? grant.status : failure.kind === "action_required" ? "action_required" : "failed";
  const previous = grant.error as GrantError | null;
  const isNews = next !== grant.status || previous?.message !== failure.error.message;
  await updateGrantAndEmit(tx, grant, { status: next, error }, isNews ? "benefit_grant.updated" : null);
  return next;
}
