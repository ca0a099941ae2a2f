"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { parseId } from "@/lib/api/parse";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { deleteActivation } from "@/lib/license-keys/delete-activation";
import { importLicenseKey } from "@/lib/license-keys/import-license-key";
import { importLicenseKeyBody, updateLicenseKeyBody } from "@/lib/license-keys/license-key-input";
import { rotateLicenseKey } from "@/lib/license-keys/rotate-license-key";
import { updateLicenseKey } from "@/lib/license-keys/update-license-key";

// The key's page, its list and the customer's grants all show the key: refresh the dashboard.
const refresh = (slug: string) => revalidatePath(`/dashboard/${slug}`, "layout");

// /dashboard/[org]/license-keys/[id] — disable, re-enable, revoke, or edit usage, limits and expiry (the API's PATCH body).
export async function updateLicenseKeyAction(slug: string, id: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await updateLicenseKey(db, org.id, parseId(id, "License key"), updateLicenseKeyBody.parse(input));
    return undefined;
  });
  if (result.ok) refresh(slug);
  return result;
}

// /dashboard/[org]/license-keys/[id] — a new key string; the dialog shows it once.
export async function rotateLicenseKeyAction(slug: string, id: string): Promise<ActionResult<{ key: string }>> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const rotated = await rotateLicenseKey(db, org.id, parseId(id, "License key"));
    return { key: rotated.key };
  });
  if (result.ok) refresh(slug);
  return result;
}

// /dashboard/[org]/license-keys/[id] — remove one activation, freeing its slot.
export async function deleteActivationAction(slug: string, id: string, activationId: string): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await deleteActivation(db, org.id, parseId(id, "License key"), parseId(activationId, "License key activation"));
    return undefined;
  });
  if (result.ok) refresh(slug);
  return result;
}

// /dashboard/[org]/license-keys — import a key issued by another system (the API's import body).
export async function importLicenseKeyAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const key = await importLicenseKey(db, org.id, importLicenseKeyBody.parse(input));
    return { id: key.id };
  });
  if (result.ok) refresh(slug);
  return result;
}
