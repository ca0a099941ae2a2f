import { z } from "zod";
import { emailSchema } from "@/lib/users/email-schema";

// Shared by the sign-up form (client) and createUser (server): no server-only imports here.
export const signUpInput = z.object({
  name: z.string().trim().max(100, "At most 100 characters").optional(),
  email: emailSchema,
  password: z.string().min(8, "At least 8 characters").max(200, "At most 200 characters"),
});

export type SignUpInput = z.input<typeof signUpInput>;
