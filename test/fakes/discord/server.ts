// A stateful fake Discord (REST v10 + OAuth2) on node:http, which the real @discordjs/rest talks
// to through its `api` option. The app's DISCORD_API_URL is `<url>/api`.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { matchRoute, type ApiCall } from "./api-routes";
import { controlRoute, type FakeWorld } from "./control-routes";
import { createFaults, faultReply } from "./faults";
import { ERRORS, readParams, send, type Reply } from "./http";
import { authorizePage, authorizeSubmit, tokenEndpoint } from "./oauth-routes";
import { createRateLimits } from "./rate-limits";
import { createDemoWorld, createState } from "./state";

export type DiscordFakeOptions = { port?: number; host?: string; clientId?: string; clientSecret?: string; botToken?: string };
export type DiscordFake = { url: string; apiUrl: string; close(): Promise<void> };

export const DISCORD_FAKE_DEFAULTS = {
  clientId: "100000000000000001",
  clientSecret: "fake-discord-client-secret",
  botToken: "fake-discord-bot-token",
};

export async function startDiscordFake(options: DiscordFakeOptions = {}): Promise<DiscordFake> {
  const world: FakeWorld = {
    state: createState({
      clientId: options.clientId ?? DISCORD_FAKE_DEFAULTS.clientId,
      clientSecret: options.clientSecret ?? DISCORD_FAKE_DEFAULTS.clientSecret,
      botToken: options.botToken ?? DISCORD_FAKE_DEFAULTS.botToken,
    }),
    faults: createFaults(),
    rateLimits: createRateLimits(),
    calls: new Map(),
    stats: { requests: 0, byStatus: {} },
  };
  createDemoWorld(world.state);
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    handle(world, req, res).catch((err: unknown) => {
      console.error("[fake discord]", err);
      if (!res.headersSent) send(res, { status: 500, body: { message: "fake crashed", code: 0 } });
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}`;
  return {
    url,
    apiUrl: `${url}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function handle(world: FakeWorld, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://fake");
  const method = req.method ?? "GET";
  let path = url.pathname;
  if (path.startsWith("/_fake/")) {
    const body = (await readParams(req)) ?? {};
    return send(res, controlRoute(world, method, path.slice(7).split("/").filter(Boolean), body));
  }
  if (path === "/oauth2/authorize" || path === "/api/oauth2/authorize") {
    if (method === "GET") return send(res, authorizePage(world.state, url.searchParams));
    return send(res, authorizeSubmit(world.state, (await readParams(req)) ?? {}));
  }
  if (!path.startsWith("/api/")) return send(res, ERRORS.notFound());
  path = path.slice(4).replace(/^\/v\d+(?=\/)/, "");
  if (path === "/oauth2/token" && method === "POST") {
    return send(res, tokenEndpoint(world.state, (await readParams(req)) ?? {}, req.headers.authorization));
  }
  world.stats.requests += 1;
  const reply = await apiReply(world, req, method, path, url.searchParams, res);
  if (reply === null) return; // a timeout fault: the socket was dropped
  world.stats.byStatus[reply.status] = (world.stats.byStatus[reply.status] ?? 0) + 1;
  send(res, reply);
}

async function apiReply(
  world: FakeWorld,
  req: IncomingMessage,
  method: string,
  path: string,
  query: URLSearchParams,
  res: ServerResponse,
): Promise<Reply | null> {
  const match = matchRoute(method, path);
  if (!match) return ERRORS.notFound();
  const guildId = match.params.guild;
  const record = (status: number) => {
    if (!guildId) return;
    const log = world.calls.get(guildId) ?? [];
    log.push({ method, route: match.def.route, path, status, at: Date.now() });
    if (log.length > 2000) log.shift();
    world.calls.set(guildId, log);
  };
  const body = method === "PUT" || method === "POST" || method === "PATCH" ? await readParams(req) : null;
  const call: ApiCall = { method, route: match.def.route, params: match.params, query, body, auth: authOf(world, req.headers.authorization) };
  if (call.auth === null && req.headers.authorization) return ERRORS.unauthorized();

  const fault = world.faults.next(guildId ? [guildId] : [], `${method} ${path}`);
  if (fault?.kind === "timeout") {
    record(0);
    await new Promise((r) => setTimeout(r, fault.delayMs));
    res.destroy();
    return null;
  }
  if (fault) {
    const reply = faultReply(fault);
    record(reply.status);
    return reply;
  }
  const limit = world.rateLimits.take(`${method} ${match.def.route}`, guildId ?? "global");
  if (limit.reject) {
    record(429);
    return limit.reject;
  }
  const reply = match.def.handler(world.state, call);
  record(reply.status);
  return { ...reply, headers: { ...limit.headers, ...reply.headers } };
}

function authOf(world: FakeWorld, header: string | undefined): ApiCall["auth"] {
  if (!header) return null;
  if (header === `Bot ${world.state.app.botToken}`) return { kind: "bot" };
  if (header.startsWith("Bearer ")) {
    const token = world.state.accessTokens.get(header.slice(7));
    if (token && token.expiresAt > Date.now()) return { kind: "bearer", userId: token.userId, scope: token.scope };
  }
  return null;
}
