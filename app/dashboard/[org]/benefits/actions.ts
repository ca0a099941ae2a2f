"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { createBenefitBody, updateBenefitBody } from "@/lib/benefits/benefit-input";
import { createBenefit } from "@/lib/benefits/create-benefit";
import { deleteBenefit } from "@/lib/benefits/delete-benefit";
import { updateBenefit } from "@/lib/benefits/update-benefit";
import { db } from "@/lib/db";

// The benefit form sends the API's JSON body; the API schemas parse it here exactly as /v1 does.

export async function createBenefitAction(slug: string, input: unknown) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const benefit = await createBenefit(db, org.id, createBenefitBody.parse(input));
    return { id: benefit.id };
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}

export async function updateBenefitAction(slug: string, id: string, input: unknown) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const benefit = await updateBenefit(db, org.id, id, updateBenefitBody.parse(input));
    return { id: benefit.id };
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}

export async function deleteBenefitAction(slug: string, id: string) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "delete");
    await deleteBenefit(db, org.id, id);
    return undefined;
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}
