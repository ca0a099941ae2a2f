import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getSessionUser } from "@/lib/auth/session";

// Sign-in and sign-up: a centered card. Someone already signed in has nothing to do here.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  if (await getSessionUser()) redirect("/dashboard");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="text-2xl font-bold tracking-tight text-brand-700">
        Benefactor
      </Link>
      <p className="mt-1 text-sm text-gray-600">Deliver the benefits of your digital products, automatically.</p>
      <div className="mt-8 w-full max-w-sm rounded-lg bg-white p-6 shadow-xs ring-1 ring-gray-200 sm:p-8">{children}</div>
    </main>
  );
}
