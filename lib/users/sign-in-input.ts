import { z } from "zod";
import { emailSchema } from "@/lib/users/email-schema";

// The sign-in form's shape. Only presence is checked here: whether the pair is right is Auth.js's
// answer, and a wrong one is reported without saying which half was wrong.
export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password"),
});

export type SignInInput = z.input<typeof signInInput>;

/** A post-sign-in destination from a query string: only same-site paths, else the dashboard. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return "/dashboard";
  }
  return value;
}
