import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import type { DbTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { signUpInput } from "@/lib/users/sign-up-input";

// Re-exported so existing imports keep working; the schema lives in a client-safe module.
export { signUpInput };

/** Creates a merchant user with a hashed password; an email already in use is a field error. */
export async function createUser(db: DbTx, input: z.input<typeof signUpInput>) {
  const { name, email, password } = signUpInput.parse(input);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw emailTaken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { email, name: name || null, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (err) {
    // Two sign-ups with one email at once: the unique index decides, the loser gets the same message.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw emailTaken();
    throw err;
  }
}

function emailTaken() {
  return ApiError.invalid(["body", "email"], "An account with this email already exists", "email_taken");
}
