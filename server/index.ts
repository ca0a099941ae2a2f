// The production server (`npm start`, the test suite, the benchmarks): Next for everything, except
// the public license checks and file transfers, which go straight to their route handlers
// (server/direct-routes.ts).
// Run with tsx (it resolves the "@/" imports): `tsx server/index.ts`. PORT (3000) and HOSTNAME
// (all interfaces) as for `next start`; the build is read from NEXT_DIST_DIR (.next).
import http from "node:http";
import next from "next";
import { directRoute } from "./direct-routes";
import { send, serveWebHandler } from "./serve-web-handler";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const origin = `http://${hostname ?? "localhost"}:${port}`;

const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const [pathname, query] = splitUrl(req.url ?? "/");
  const direct = directRoute(req.method, pathname);
  if (!direct) {
    // proxy.ts strips /v1's trailing slash with a rewrite, which a custom server's Next turns into
    // a proxied request to itself; strip it here instead, so Next sees the route's own path.
    if (pathname.startsWith("/v1/") && pathname.endsWith("/")) req.url = pathname.replace(/\/+$/, "") + query;
    return void handle(req, res);
  }
  serveWebHandler(direct, req, res, origin).catch((err) => {
    console.error("[server] direct route failed", err);
    if (!res.headersSent) send(res, 500, { error: "InternalServerError", detail: "An unexpected error occurred" });
    else res.destroy();
  });
});

function splitUrl(url: string): [string, string] {
  const at = url.indexOf("?");
  return at === -1 ? [url, ""] : [url.slice(0, at), url.slice(at)];
}

server.listen(port, hostname, () => console.log(`▲ Ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
