// A stateful fake of GitHub (REST API + github.com OAuth and app install pages) for tests and the
// demo. The real @octokit/rest talks to it through `baseUrl`. Control API under /_fake (see
// control-routes.ts). Run alone: `node --experimental-strip-types test/fakes/github/server.ts`
// is not needed — use test/fakes/start-fakes.ts.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApi } from "./api-routes";
import { authenticate } from "./auth";
import { handleControl } from "./control-routes";
import { applyRateLimit, injectFailure, repoOfPath } from "./failures";
import { readBody, sendError, type Req } from "./http";
import { createState, type State } from "./state";
import { handleWeb } from "./web-routes";

export type GitHubFake = { url: string; state: State; close(): Promise<void> };

const CALL_LOG_LIMIT = 20_000;

export async function startGitHubFake(options: { port?: number; setupUrl?: string } = {}): Promise<GitHubFake> {
  const setupUrl = options.setupUrl ?? process.env.FAKE_GITHUB_SETUP_URL ?? `${process.env.APP_URL ?? "http://localhost:3000"}/v1/integrations/github/setup`;
  const state = createState({ setupUrl });
  let baseUrl = "";
  const server = createServer(async (raw: IncomingMessage, res: ServerResponse) => {
    const url = new URL(raw.url ?? "/", "http://fake");
    const req: Req = { method: raw.method ?? "GET", path: url.pathname.replace(/\/+$/, "") || "/", query: url.searchParams, headers: raw.headers, body: await readBody(raw), raw };
    if (req.path.startsWith("/_fake")) return handleControl(state, req, res);
    const started = Date.now();
    const auth = authenticate(state, req);
    const caller = auth && "caller" in auth ? auth.caller : null;
    const inst = caller?.kind === "installation" ? caller.installation : null;
    if (inst) {
      inst.inFlight += 1;
      inst.maxInFlight = Math.max(inst.maxInFlight, inst.inFlight);
    }
    res.on("close", () => {
      if (inst) inst.inFlight -= 1;
      state.calls.push({ at: started, method: req.method, path: req.path, status: res.statusCode, repo: repoOfPath(req.path) });
      if (state.calls.length > CALL_LOG_LIMIT) state.calls.splice(0, state.calls.length - CALL_LOG_LIMIT);
    });
    try {
      if (injectFailure(state, req, res, caller)) return;
      if (handleWeb(state, req, res)) return;
      if (applyRateLimit(inst, res)) return;
      if (handleApi(state, req, res, baseUrl)) return;
      sendError(res, 404, "Not Found");
    } catch (err) {
      console.error("[fake github]", err);
      sendError(res, 500, "Server Error");
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
