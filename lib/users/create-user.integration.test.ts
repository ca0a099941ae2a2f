import { expect, test } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { randomSuffix } from "@/test/factories";

const EMAIL_TAKEN = { code: "validation", detail: [{ loc: ["body", "email"], msg: "An account with this email already exists", type: "email_taken" }] };

test("createUser normalises the email, hashes the password, and refuses a taken email on the email field", async () => {
  const email = `new-${randomSuffix()}@test.local`;
  const user = await createUser(db, { name: "  Ada  ", email: `  ${email.toUpperCase()} `, password: "long enough" });
  expect(user).toMatchObject({ email, name: "Ada" });
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  expect(row.passwordHash).not.toContain("long enough");
  expect(await verifyPassword("long enough", row.passwordHash!)).toBe(true);
  await expect(createUser(db, { email, password: "another one" })).rejects.toMatchObject(EMAIL_TAKEN);
});

test("two sign-ups with one email at the same moment: one account, the other gets the field error", async () => {
  const email = `race-${randomSuffix()}@test.local`;
  const results = await Promise.allSettled([
    createUser(db, { email, password: "password one" }),
    createUser(db, { email, password: "password two" }),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject(EMAIL_TAKEN);
  expect(await db.user.count({ where: { email } })).toBe(1);
});
