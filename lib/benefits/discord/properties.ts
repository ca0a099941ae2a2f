import { z } from "zod";

const snowflake = z.string().regex(/^\d{15,25}$/, "Not a Discord id");
const role = z.object({ role_id: snowflake, name: z.string().max(100).nullish().transform((v) => v ?? null) });

// One role (`role_id`, Polar's form) or several (`roles`); stored as the list.
export const discordProperties = z
  .object({
    guild_id: snowflake,
    role_id: snowflake.optional(),
    roles: z.array(role).min(1).max(25).optional(),
    kick_member: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.role_id && v.roles) ctx.addIssue({ code: "custom", path: ["roles"], message: "Give role_id or roles, not both" });
    if (!v.role_id && !v.roles) ctx.addIssue({ code: "custom", path: ["role_id"], message: "Field required" });
    if (v.roles && new Set(v.roles.map((r) => r.role_id)).size !== v.roles.length)
      ctx.addIssue({ code: "custom", path: ["roles"], message: "A role is listed twice" });
  })
  .transform((v) => ({
    guild_id: v.guild_id,
    roles: v.roles ?? [{ role_id: v.role_id!, name: null }],
    kick_member: v.kick_member,
  }));

export type DiscordProperties = z.output<typeof discordProperties>;

export const serializeDiscordProperties = (p: DiscordProperties) => ({
  guild_id: p.guild_id,
  role_id: p.roles[0].role_id,
  roles: p.roles,
  kick_member: p.kick_member,
});
