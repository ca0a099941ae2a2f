import { z } from "zod";
import { MEMBERSHIP_ROLES } from "@/lib/organizations/member-rules";
import { emailSchema } from "@/lib/users/email-schema";

// Shared by the members page's forms (client) and the lib functions (server).

export const membershipRole = z.enum(MEMBERSHIP_ROLES, { error: "Choose owner, admin or member" });

export const inviteMemberInput = z.object({
  email: emailSchema,
  role: membershipRole,
});
export type InviteMemberInput = z.input<typeof inviteMemberInput>;

export const changeMemberRoleInput = z.object({
  userId: z.uuid("Unknown member"),
  role: membershipRole,
});
export type ChangeMemberRoleInput = z.input<typeof changeMemberRoleInput>;

export const removeMemberInput = z.object({ userId: z.uuid("Unknown member") });
export type RemoveMemberInput = z.input<typeof removeMemberInput>;
