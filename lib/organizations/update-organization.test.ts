import { expect, test } from "vitest";
import { updateOrganizationInput } from "./update-organization";

test("the past-due grace period is one of the offered choices", () => {
  for (const days of [0, 2, 7, 14, 21]) {
    expect(updateOrganizationInput.safeParse({ name: "Acme", pastDueGraceDays: days }).success).toBe(true);
  }
  const bad = updateOrganizationInput.safeParse({ name: "Acme", pastDueGraceDays: 3 });
  expect(bad.error?.issues[0]).toMatchObject({ path: ["pastDueGraceDays"], message: "Choose 0, 2, 7, 14 or 21 days" });
});

test("the name follows the create rules", () => {
  expect(updateOrganizationInput.safeParse({ name: " A ", pastDueGraceDays: 0 }).error?.issues[0].message).toBe("At least 2 characters");
  expect(updateOrganizationInput.parse({ name: "  Acme Inc ", pastDueGraceDays: 7 }).name).toBe("Acme Inc");
});
