// A test's handle on the shared fake GitHub: namespaced resources and scoped failures, over HTTP.
import { randomBytes } from "node:crypto";

export type FakeFailure = { kind: "500" | "502" | "secondary" | "429" | "primary" | "timeout"; count?: number; retry_after?: number; repo?: string; installation?: number; login?: string; path?: string };
export type FakeRepoState = { full_name: string; collaborators: Record<string, string>; invitations: { id: number; invitee: string; permission: string }[]; invites_sent_today: number };
export type FakeCall = { at: number; method: string; path: string; status: number; repo: string | null };

export function githubFakeControl(url: string) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}/_fake${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`fake GitHub ${method} ${path} answered ${res.status}: ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }
  const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
  return {
    url,
    unique,
    createUser: (login = unique("user")) => call<{ id: number; login: string }>("POST", "/users", { login }),
    createRepo: (owner: string, name = unique("repo")) => call<{ id: number; full_name: string }>("POST", "/repos", { owner, name }).then(() => ({ owner, name })),
    createInstallation: (account: string, options: { repositories?: string[]; access?: "admin" | "read" } = {}) =>
      call<{ id: number }>("POST", "/installations", { account, ...options }),
    updateInstallation: (id: number, patch: Record<string, unknown>) => call<Record<string, unknown>>("PATCH", `/installations/${id}`, patch),
    createToken: (login: string, repositories?: string[], access?: "admin" | "read") => call<{ token: string }>("POST", "/tokens", { login, repositories, access }),
    repo: (owner: string, name: string) => call<FakeRepoState>("GET", `/repos/${owner}/${name}`),
    addCollaboratorByHand: (owner: string, name: string, login: string, permission = "pull") => call("POST", `/repos/${owner}/${name}/collaborators`, { login, permission }),
    removeCollaboratorByHand: (owner: string, name: string, login: string) => call("DELETE", `/repos/${owner}/${name}/collaborators/${login}`),
    acceptInvitation: (owner: string, name: string, login: string) => call("POST", `/repos/${owner}/${name}/invitations/${login}/accept`),
    fillInvitations: (owner: string, name: string, count = 50) => call("POST", `/repos/${owner}/${name}/fill-invitations`, { count }),
    resetInvitationCap: (owner: string, name: string) => call("POST", `/repos/${owner}/${name}/reset-invitation-cap`),
    fail: (failure: FakeFailure) => call("POST", "/failures", failure),
    calls: (repo: string) => call<FakeCall[]>("GET", `/calls?repo=${encodeURIComponent(repo)}`),
  };
}

export type GitHubFakeControl = ReturnType<typeof githubFakeControl>;
