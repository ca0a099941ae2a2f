"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/api/action-result";
import { requireOrgAction } from "@/lib/auth/session";
import { createCustomer } from "@/lib/customers/create-customer";
import { createCustomerBody, updateCustomerBody } from "@/lib/customers/customer-input";
import { updateCustomer } from "@/lib/customers/update-customer";
import { db } from "@/lib/db";

// The customer dialogs send the API's JSON body; the API schemas parse it here exactly as /v1 does.

export async function createCustomerAction(slug: string, input: unknown) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const customer = await createCustomer(db, org.id, createCustomerBody.parse(input));
    return { id: customer.id };
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}

export async function updateCustomerAction(slug: string, id: string, input: unknown) {
  const result = await runAction(async () => {
    const { org } = await requireOrgAction(slug, "write");
    const customer = await updateCustomer(db, org.id, { id }, updateCustomerBody.parse(input));
    return { id: customer.id };
  });
  if (result.ok) revalidatePath(`/dashboard/${slug}`, "layout");
  return result;
}
