"use server";

import { unstable_rethrow } from "next/navigation";
import { AuthError } from "next-auth";
import { runAction, type ActionResult } from "@/lib/api/action-result";
import { isGitHubSignInEnabled, signIn } from "@/lib/auth/next-auth";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { safeCallbackPath, signInInput, type SignInInput } from "@/lib/users/sign-in-input";
import type { SignUpInput } from "@/lib/users/sign-up-input";

const WRONG_CREDENTIALS = "Wrong email or password";

/** Signs in with email and password. Success is a redirect (thrown), so it never returns ok. */
async function signInWithPassword(credentials: { email: string; password: string }, redirectTo: string): Promise<ActionResult> {
  try {
    await signIn("credentials", { ...credentials, redirectTo });
  } catch (err) {
    unstable_rethrow(err); // NEXT_REDIRECT: signed in
    // Which half was wrong (or whether the account exists) is not said.
    if (err instanceof AuthError) return { ok: false, errors: { "": WRONG_CREDENTIALS } };
    console.error("[sign-in] unexpected error", err);
    return { ok: false, errors: { "": "Something went wrong. Try again." } };
  }
  return { ok: true, data: undefined };
}

// /sign-up — create the account, then sign in with it.
export async function signUpAction(input: SignUpInput): Promise<ActionResult> {
  const created = await runAction(() => createUser(db, input));
  if (!created.ok) return created;
  return signInWithPassword({ email: created.data.email, password: input.password }, "/dashboard");
}

// /sign-in — email and password.
export async function signInAction(input: SignInInput, callbackPath?: string): Promise<ActionResult> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: { "": WRONG_CREDENTIALS } };
  return signInWithPassword(parsed.data, safeCallbackPath(callbackPath));
}

// /sign-in — "Continue with GitHub" (a plain form post; Auth.js redirects to GitHub).
export async function signInWithGitHubAction(formData: FormData): Promise<void> {
  if (!isGitHubSignInEnabled) return;
  await signIn("github", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}
