import type { Metadata } from "next";
import Link from "next/link";
import { GitHubSignInButton } from "@/components/auth/github-sign-in-button";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { isGitHubSignInEnabled } from "@/lib/auth/next-auth";

export const metadata: Metadata = { title: "Create your account" };

// /sign-up
export default function SignUpPage() {
  return (
    <>
      <h1 className="text-xl font-semibold text-gray-900">Create your Benefactor account</h1>
      <p className="mt-1 text-sm text-gray-600">Set up benefits once; every purchase grants them and every cancellation takes them back.</p>
      {isGitHubSignInEnabled && (
        <div className="mt-6">
          <GitHubSignInButton callbackPath="/dashboard" />
          <p className="mt-6 flex items-center gap-3 text-xs text-gray-500 before:h-px before:flex-1 before:bg-gray-200 after:h-px after:flex-1 after:bg-gray-200">
            or with your email
          </p>
        </div>
      )}
      <SignUpForm />
      <p className="mt-6 text-center text-sm text-gray-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
