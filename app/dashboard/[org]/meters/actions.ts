"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { parseId } from "@/lib/api/parse";
import { requireOrgAction } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { addMeterCredit } from "@/lib/meters/add-meter-credit";
import { createMeter } from "@/lib/meters/create-meter";
import { meterCreditBody } from "@/lib/meters/meter-credit-input";
import { createMeterBody, updateMeterBody } from "@/lib/meters/meter-input";
import { updateMeter } from "@/lib/meters/update-meter";

const refresh = (slug: string) => revalidatePath(`/dashboard/${slug}/meters`, "layout");

// /dashboard/[org]/meters/new — create a meter (the API's POST body); usage already ingested is counted at once.
export async function createMeterAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const meter = await createMeter(db, org.id, createMeterBody.parse(input));
    return { id: meter.id };
  });
  if (result.ok) refresh(slug);
  return result;
}

// /dashboard/[org]/meters/[id] — edit a meter (the API's PATCH body): name, filter, aggregation, archived.
export async function updateMeterAction(slug: string, id: string, input: unknown): Promise<ActionResult> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    await updateMeter(db, org.id, parseId(id, "Meter"), updateMeterBody.parse(input));
    return undefined;
  });
  if (result.ok) refresh(slug);
  return result;
}

// /dashboard/[org]/meters/[id] — top up one customer's balance by hand (the API's POST …/credits body).
export async function addMeterCreditAction(slug: string, meterId: string, input: unknown): Promise<ActionResult<{ balance: number }>> {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const row = await addMeterCredit(db, org.id, parseId(meterId, "Meter"), meterCreditBody.parse(input));
    return { balance: row.credited.minus(row.consumed).toNumber() };
  });
  if (result.ok) refresh(slug);
  return result;
}
