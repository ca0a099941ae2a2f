import type { Metadata } from "next";
import Link from "next/link";
import { signOutAction } from "@/components/dashboard/sign-out-action";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { CreateOrganizationForm } from "./create-organization-form";

export const metadata: Metadata = { title: "Create an organization" };

// /dashboard/new — outside the [org] layout: the merchant may not have an organization yet.
export default async function NewOrganizationPage() {
  const user = await requireUser();
  const hasOrganization = (await db.membership.count({ where: { userId: user.id } })) > 0;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/dashboard" className="text-2xl font-bold tracking-tight text-brand-700">
        Benefactor
      </Link>
      <div className="mt-8 w-full max-w-md rounded-lg bg-white p-6 shadow-xs ring-1 ring-gray-200 sm:p-8">
        <h1 className="text-xl font-semibold text-gray-900">Create an organization</h1>
        <p className="mt-1 mb-6 text-sm text-gray-600">
          An organization is your store on Benefactor: it holds your products, benefits, customers and API tokens, and you
          can invite teammates to work on it with you.
        </p>
        <CreateOrganizationForm />
      </div>
      <div className="mt-6 flex items-center gap-4 text-sm text-gray-600">
        {hasOrganization && (
          <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
            ← Back to the dashboard
          </Link>
        )}
        <span>Signed in as {user.email}</span>
        <form action={signOutAction}>
          <button type="submit" className="font-medium text-brand-700 hover:underline">
            Sign out
          </button>
        </form>
      </div>
    </main>
  );
}
