import { describe, expect, test } from "vitest";
import { memberChangeRefusal } from "./member-rules";

describe("memberChangeRefusal", () => {
  test("members manage nobody, but may leave", () => {
    expect(memberChangeRefusal("member", { kind: "invite", role: "member" }, 1)?.reason).toBe("forbidden");
    expect(memberChangeRefusal("member", { kind: "change", from: "member", to: "admin" }, 1)?.reason).toBe("forbidden");
    expect(memberChangeRefusal("member", { kind: "remove", role: "member", isSelf: false }, 1)?.reason).toBe("forbidden");
    expect(memberChangeRefusal("member", { kind: "remove", role: "member", isSelf: true }, 1)).toBeNull();
  });

  test("admins manage admins and members but never the owner role", () => {
    expect(memberChangeRefusal("admin", { kind: "invite", role: "admin" }, 1)).toBeNull();
    expect(memberChangeRefusal("admin", { kind: "invite", role: "owner" }, 1)?.message).toBe("Only owners can grant the owner role");
    expect(memberChangeRefusal("admin", { kind: "change", from: "member", to: "admin" }, 1)).toBeNull();
    expect(memberChangeRefusal("admin", { kind: "change", from: "admin", to: "owner" }, 1)?.reason).toBe("forbidden");
    expect(memberChangeRefusal("admin", { kind: "change", from: "owner", to: "admin" }, 2)?.message).toBe(
      "Only owners can change an owner's role",
    );
    expect(memberChangeRefusal("admin", { kind: "remove", role: "owner", isSelf: false }, 2)?.message).toBe(
      "Only owners can remove an owner",
    );
    expect(memberChangeRefusal("admin", { kind: "remove", role: "member", isSelf: false }, 1)).toBeNull();
  });

  test("owners do everything except leave the organization without an owner", () => {
    expect(memberChangeRefusal("owner", { kind: "invite", role: "owner" }, 1)).toBeNull();
    expect(memberChangeRefusal("owner", { kind: "change", from: "admin", to: "owner" }, 1)).toBeNull();
    expect(memberChangeRefusal("owner", { kind: "change", from: "owner", to: "member" }, 2)).toBeNull();
    expect(memberChangeRefusal("owner", { kind: "change", from: "owner", to: "admin" }, 1)?.reason).toBe("last_owner");
    expect(memberChangeRefusal("owner", { kind: "remove", role: "owner", isSelf: false }, 2)).toBeNull();
    expect(memberChangeRefusal("owner", { kind: "remove", role: "owner", isSelf: true }, 1)?.message).toBe(
      "You are the last owner: make someone else an owner before you leave",
    );
  });

  test("keeping a role is never refused to a manager, even for the last owner", () => {
    expect(memberChangeRefusal("owner", { kind: "change", from: "owner", to: "owner" }, 1)).toBeNull();
  });
});
