import { describe, expect, test } from "vitest";
import { discordProperties } from "./properties";

describe("discord properties", () => {
  test("one role_id becomes a one-item roles list", () => {
    expect(discordProperties.parse({ guild_id: "123456789012345678", role_id: "987654321098765432" })).toEqual({
      guild_id: "123456789012345678",
      roles: [{ role_id: "987654321098765432", name: null }],
      kick_member: false,
    });
  });

  test("several roles with names, and kick_member", () => {
    const roles = [
      { role_id: "111111111111111111", name: "Premium" },
      { role_id: "222222222222222222", name: "Supporter" },
    ];
    expect(discordProperties.parse({ guild_id: "123456789012345678", roles, kick_member: true })).toEqual({
      guild_id: "123456789012345678",
      roles,
      kick_member: true,
    });
  });

  test.each([
    [{ role_id: "987654321098765432" }, "guild_id"],
    [{ guild_id: "123" , role_id: "987654321098765432" }, "guild_id"],
    [{ guild_id: "123456789012345678" }, "role_id"],
    [{ guild_id: "123456789012345678", roles: [{ role_id: "111111111111111111" }, { role_id: "111111111111111111" }] }, "roles"],
  ])("refuses %j at %s", (input, field) => {
    const result = discordProperties.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(field);
  });
});
