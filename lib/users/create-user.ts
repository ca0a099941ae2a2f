import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import type { DbTx } from "@/lib/db";

export const signUpInput = z.object({
  name: z.string().trim().max(100).optional(),
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  password: z.string().min(8, "At least 8 characters").max(200, "At most 200 characters"),
});

/** Creates a merchant user with a hashed password; an email already in use is a field error. */
export async function createUser(db: DbTx, input: z.input<typeof signUpInput>) {
  const { name, email, password } = signUpInput.parse(input);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw ApiError.invalid(["body", "email"], "An account with this email already exists", "email_taken");
  return db.user.create({
    data: { email, name: name || null, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true },
  });
}
