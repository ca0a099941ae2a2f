import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { slugSchema } from "@/lib/organizations/slug";
import type { Db } from "@/lib/db";

export const createOrganizationInput = z.object({
  name: z.string().trim().min(2, "At least 2 characters").max(64, "At most 64 characters"),
  slug: slugSchema,
});

/** Creates an organization and makes `ownerId` (if given) its owner, in one transaction. */
export async function createOrganization(db: Db, input: z.input<typeof createOrganizationInput>, ownerId?: string) {
  const { name, slug } = createOrganizationInput.parse(input);
  return db.$transaction(async (tx) => {
    const taken = await tx.organization.findUnique({ where: { slug }, select: { id: true } });
    if (taken) throw slugTaken();
    // The unique index settles a race between two creations with one slug.
    const organization = await tx.organization.create({ data: { name, slug } }).catch((err: unknown) => {
      throw isUniqueViolation(err) ? slugTaken() : err;
    });
    if (ownerId) await tx.membership.create({ data: { organizationId: organization.id, userId: ownerId, role: "owner" } });
    return organization;
  });
}

function slugTaken() {
  return ApiError.invalid(["body", "slug"], "This slug is taken", "slug_taken");
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && "code" in err && err.code === "P2002";
}
