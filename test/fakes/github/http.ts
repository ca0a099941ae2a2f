import type { IncomingMessage, ServerResponse } from "node:http";

export type Req = { method: string; path: string; query: URLSearchParams; headers: IncomingMessage["headers"]; body: unknown; raw: IncomingMessage };
export type Res = ServerResponse;

const DOCS = "https://docs.github.com/rest";

export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return { __invalid_json: text };
  }
}

export function send(res: Res, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return;
  const payload = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { "content-type": "application/json; charset=utf-8" }),
    "x-github-media-type": "github.v3; format=json",
    ...headers,
  });
  res.end(payload);
}

/** GitHub's error body: `{message, documentation_url, status}` (+ `errors` for 422). */
export function sendError(res: Res, status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  send(res, status, { message, documentation_url: DOCS, status: String(status), ...extra }, headers);
}

export function sendHtml(res: Res, status: number, html: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Fake GitHub</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}
input,button{font:inherit;padding:.4rem .6rem;margin:.2rem 0}button{background:#1f883d;color:#fff;border:0;border-radius:6px}</style>
</head><body>${html}</body></html>`);
}

export function redirect(res: Res, location: string) {
  res.writeHead(302, { location });
  res.end();
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GitHub's page-based pagination: `per_page` (max 100), `page`, and a Link header. */
export function paginate<T>(req: Req, items: T[], baseUrl: string): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(req.query.get("per_page")) || 30));
  const pageNo = Math.max(1, Number(req.query.get("page")) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(req.query);
    q.set("page", String(p));
    q.set("per_page", String(perPage));
    return `<${baseUrl}${req.path}?${q}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (pageNo < last) links.push(link(pageNo + 1, "next"), link(last, "last"));
  if (pageNo > 1) links.push(link(1, "first"), link(pageNo - 1, "prev"));
  return { page: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers: links.length ? { link: links.join(", ") } : {} };
}
