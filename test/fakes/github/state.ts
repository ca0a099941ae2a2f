// The fake GitHub's memory: users, repositories with collaborators and invitations, app
// installations, tokens, OAuth codes, injected failures and a call log. Everything is keyed by
// lower-cased names, as GitHub treats logins and repository names case-insensitively.
import { generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";

export type Permission = "pull" | "triage" | "push" | "maintain" | "admin";
export type User = { id: number; login: string; type: "User" | "Organization" };
export type Invitation = { id: number; invitee: string; permission: Permission; createdAt: Date };
export type Repo = {
  id: number;
  owner: string;
  name: string;
  isPrivate: boolean;
  collaborators: Map<string, Permission>;
  invitations: Map<number, Invitation>;
  /** Invitation times in the last 24 h: GitHub caps them at 50 per repository. */
  invitesSent: Date[];
};
/** What the app (or a token) may do on a repository: "admin" administers, "read" only reads. */
export type Access = "admin" | "read";
export type Installation = {
  id: number;
  account: string;
  /** Lower-cased full names of the repositories it can reach (all of the account's when null). */
  repos: Set<string> | null;
  access: Access;
  suspended: boolean;
  /** Optional primary rate limit (for the bench): calls per window. */
  rateLimit: { limit: number; windowMs: number; windowStart: number; used: number; exceeded: number } | null;
  inFlight: number;
  maxInFlight: number;
};
export type Caller =
  | { kind: "installation"; installation: Installation }
  | { kind: "pat"; login: string; repos: Set<string> | null; access: Access; token: string }
  | { kind: "oauth"; login: string };
export type FailureKind = "500" | "502" | "secondary" | "429" | "primary" | "timeout";
export type Failure = {
  kind: FailureKind;
  remaining: number;
  retryAfter: number;
  /** Scope: a request matches when it touches this repository / installation / login / path. */
  repo?: string;
  installation?: number;
  login?: string;
  path?: string;
};
export type CallRecord = { at: number; method: string; path: string; status: number; repo: string | null };

export function createState(options: { setupUrl: string }) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    app: {
      id: 1000 + Math.floor(Math.random() * 900000),
      slug: "benefactor-test",
      clientId: `Iv1.${randomBytes(8).toString("hex")}`,
      clientSecret: randomBytes(20).toString("hex"),
      privateKeyPem: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      publicKey: publicKey as KeyObject,
      setupUrl: options.setupUrl,
    },
    nextId: 1_000_000 + Math.floor(Math.random() * 1_000_000),
    users: new Map<string, User>(),
    repos: new Map<string, Repo>(),
    installations: new Map<number, Installation>(),
    installationTokens: new Map<string, { installationId: number; expiresAt: Date }>(),
    pats: new Map<string, { login: string; repos: Set<string> | null; access: Access }>(),
    oauthCodes: new Map<string, { login: string; clientId: string; redirectUri: string | null }>(),
    userTokens: new Map<string, string>(),
    failures: [] as Failure[],
    calls: [] as CallRecord[],
  };
}

export type State = ReturnType<typeof createState>;

export function newId(state: State): number {
  state.nextId += 1 + Math.floor(Math.random() * 7);
  return state.nextId;
}

export function ensureUser(state: State, login: string, type: User["type"] = "User"): User {
  const key = login.toLowerCase();
  let user = state.users.get(key);
  if (!user) {
    user = { id: newId(state), login, type };
    state.users.set(key, user);
  }
  return user;
}

export function createRepo(state: State, owner: string, name: string, isPrivate = true): Repo {
  ensureUser(state, owner, "Organization");
  const key = `${owner}/${name}`.toLowerCase();
  const existing = state.repos.get(key);
  if (existing) return existing;
  const repo: Repo = { id: newId(state), owner, name, isPrivate, collaborators: new Map(), invitations: new Map(), invitesSent: [] };
  state.repos.set(key, repo);
  return repo;
}

/** Can this caller see (and, with "admin", administer) the repository? */
export function callerAccess(caller: Caller, repo: Repo): Access | null {
  const key = `${repo.owner}/${repo.name}`.toLowerCase();
  if (caller.kind === "installation") {
    const inst = caller.installation;
    if (inst.suspended || inst.account.toLowerCase() !== repo.owner.toLowerCase()) return null;
    if (inst.repos && !inst.repos.has(key)) return null;
    return inst.access;
  }
  if (caller.kind === "pat") {
    if (caller.repos ? !caller.repos.has(key) : caller.login.toLowerCase() !== repo.owner.toLowerCase()) return null;
    return caller.access;
  }
  const perm = repo.collaborators.get(caller.login.toLowerCase());
  if (caller.login.toLowerCase() === repo.owner.toLowerCase() || perm === "admin") return "admin";
  return perm ? "read" : null;
}

export function reposOf(state: State, caller: Caller): Repo[] {
  return [...state.repos.values()].filter((r) => callerAccess(caller, r) !== null);
}
