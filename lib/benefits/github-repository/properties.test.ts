import { describe, expect, test } from "vitest";
import { githubRepositoryProperties, serializeGitHubRepositoryProperties } from "./properties";

describe("github_repository properties", () => {
  test("one repository in Polar's flat form becomes a one-item list", () => {
    const parsed = githubRepositoryProperties.parse({ repository_owner: "myorg", repository_name: "private-repo", permission: "pull" });
    expect(parsed).toEqual({ repositories: [{ owner: "myorg", name: "private-repo", permission: "pull" }] });
    expect(serializeGitHubRepositoryProperties(parsed)).toMatchObject({ repository_owner: "myorg", repository_name: "private-repo", permission: "pull" });
  });

  test("several repositories keep their own permissions", () => {
    const repositories = [
      { owner: "myorg", name: "repo1", permission: "pull" },
      { owner: "myorg", name: "repo2", permission: "push" },
    ];
    expect(githubRepositoryProperties.parse({ repositories })).toEqual({ repositories });
  });

  test.each([
    [{}, "repository_owner"],
    [{ repository_owner: "myorg" }, "repository_name"],
    [{ repository_owner: "-bad", repository_name: "x" }, "repository_owner"],
    [{ repository_owner: "a", repository_name: "b", permission: "owner" }, "permission"],
    [{ repositories: [] }, "repositories"],
    [{ repositories: [{ owner: "a", name: "b" }, { owner: "A", name: "B" }] }, "repositories"],
    [{ repository_owner: "a", repository_name: "b", repositories: [{ owner: "a", name: "b" }] }, "repositories"],
  ])("refuses %j at %s", (input, field) => {
    const result = githubRepositoryProperties.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path[0]).toBe(field);
  });
});
