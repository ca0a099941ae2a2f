import type { Metadata } from "next";
import Link from "next/link";
import { GitHubSignInButton } from "@/components/auth/github-sign-in-button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isGitHubSignInEnabled } from "@/lib/auth/next-auth";
import { safeCallbackPath } from "@/lib/users/sign-in-input";

export const metadata: Metadata = { title: "Sign in" };

// Errors Auth.js (or our GitHub callback) sends back in ?error=.
const ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong email or password",
  GitHubEmailMissing: "Your GitHub account has no email address Benefactor can read. Make one public, or sign up with email and password.",
};

// /sign-in
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  const error = typeof params.error === "string" ? (ERRORS[params.error] ?? "Signing in did not work. Try again.") : undefined;
  return (
    <>
      <h1 className="text-xl font-semibold text-gray-900">Sign in to Benefactor</h1>
      <p className="mt-1 text-sm text-gray-600">Welcome back. Sign in to manage your products and benefits.</p>
      {isGitHubSignInEnabled && (
        <div className="mt-6">
          <GitHubSignInButton callbackPath={callbackPath} />
          <p className="mt-6 flex items-center gap-3 text-xs text-gray-500 before:h-px before:flex-1 before:bg-gray-200 after:h-px after:flex-1 after:bg-gray-200">
            or with your email
          </p>
        </div>
      )}
      <SignInForm callbackPath={callbackPath} initialError={error} />
      <p className="mt-6 text-center text-sm text-gray-600">
        New to Benefactor?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
