import { z } from "zod";

/** An email address as people type it: surrounding spaces dropped, compared in lower case. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address"));
