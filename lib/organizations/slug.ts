import { z } from "zod";

const RESERVED_SLUGS = new Set(["new"]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "At least 3 characters")
  .max(48, "At most 48 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Lower-case letters, digits and single dashes")
  // /dashboard/new is the create-organization page: an organization with that slug would be unreachable.
  .refine((slug) => !RESERVED_SLUGS.has(slug), "This slug is reserved; pick another");

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
}
